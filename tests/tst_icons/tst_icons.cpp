// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const auto sourceDirectory = QStringLiteral(CHINWAG_RESOURCES_DIR);

// resources/chinwag-server.svg is :/icons/chinwag-server.svg, and
// resources/icons/actions/send.svg is :/icons/actions/send.svg.
QString resourcePath(const QString &relativePath)
{
    QString path = relativePath;
    if (path.startsWith(u"icons/"_s))
        path.remove(0, 6);
    return u":/icons/"_s + path;
}

QStringList svgFiles(const QString &subdirectory)
{
    QStringList files;
    QDirIterator it(sourceDirectory + subdirectory, { u"*.svg"_s }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(sourceDirectory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128;
    }
    return count;
}

QString rootAttribute(const QString &file, QLatin1StringView name)
{
    QFile svg(file);
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&svg);
    return xml.readNextStartElement() ? xml.attributes().value(name).toString() : QString();
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void everyIconIsCompiledIn_data();
    void everyIconIsCompiledIn();
    void rendersAtEverySize_data();
    void rendersAtEverySize();
    void isPlainVectorArt_data();
    void isPlainVectorArt();
    void actionIconsSitOnA24PixelGrid_data();
    void actionIconsSitOnA24PixelGrid();
    void theWindowsFindTheirIcons_data();
    void theWindowsFindTheirIcons();

private:
    void addIconRows(const QString &subdirectory = {});
};

void tst_Icons::addIconRows(const QString &subdirectory)
{
    QTest::addColumn<QString>("file");
    const QStringList files = svgFiles(subdirectory);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_Icons::everyIconIsCompiledIn_data()
{
    addIconRows();
}

void tst_Icons::everyIconIsCompiledIn()
{
    QFETCH(QString, file);

    QFile compiled(resourcePath(file));
    QVERIFY2(compiled.open(QIODevice::ReadOnly), qPrintable(compiled.fileName()));
    QFile source(sourceDirectory + u'/' + file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(compiled.readAll(), source.readAll());
}

void tst_Icons::rendersAtEverySize_data()
{
    addIconRows();
}

void tst_Icons::rendersAtEverySize()
{
    QFETCH(QString, file);
    const QIcon icon(resourcePath(file));

    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QImage image = icon.pixmap(size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // Enough ink to be seen, and transparent around it rather than a filled square.
        const int opaque = opaquePixels(image);
        QVERIFY2(opaque > size * size / 20,
                 qPrintable(u"%1 px: %2 opaque"_s.arg(size).arg(opaque)));
        QVERIFY2(opaque < size * size, qPrintable(u"%1 px: no transparent pixel"_s.arg(size)));
    }
}

void tst_Icons::isPlainVectorArt_data()
{
    addIconRows();
}

void tst_Icons::isPlainVectorArt()
{
    QFETCH(QString, file);
    QFile svg(sourceDirectory + u'/' + file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray content = svg.readAll();

    QVERIFY2(!content.contains("<image"), "embedded bitmap");
    QVERIFY2(!content.contains("data:"), "embedded data URI");
    QVERIFY2(!content.contains("<text"), "text depends on the fonts installed");
}

void tst_Icons::actionIconsSitOnA24PixelGrid_data()
{
    addIconRows(u"/icons/actions"_s);
}

void tst_Icons::actionIconsSitOnA24PixelGrid()
{
    QFETCH(QString, file);
    const QString path = sourceDirectory + u'/' + file;

    QCOMPARE(rootAttribute(path, "viewBox"_L1), u"0 0 24 24"_s);
    QCOMPARE(rootAttribute(path, "width"_L1), u"24"_s);
    QCOMPARE(rootAttribute(path, "height"_L1), u"24"_s);
}

void tst_Icons::theWindowsFindTheirIcons_data()
{
    QTest::addColumn<QString>("path");
    for (const auto name : { "chinwag-server", "chinwag-client" })
        QTest::newRow(name) << u":/icons/%1.svg"_s.arg(QLatin1StringView(name));
    for (const auto name : { "send", "new-group", "invite", "leave", "kick", "notice", "start",
                             "stop", "connect", "disconnect", "search", "away", "about", "quit" })
        QTest::newRow(name) << u":/icons/actions/%1.svg"_s.arg(QLatin1StringView(name));
}

void tst_Icons::theWindowsFindTheirIcons()
{
    QFETCH(QString, path);

    QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(!QIcon(path).isNull());
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
