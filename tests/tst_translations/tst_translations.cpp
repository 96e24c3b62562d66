// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    // What lupdate matches a message by.
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        QString text = u"  %1: \"%2\""_s.arg(context, source);
        if (!comment.isEmpty())
            text += u" (%1)"_s.arg(comment);
        return text;
    }
};

struct Catalogue
{
    QList<Entry> entries;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1)
            catalogue.entries.append(entry);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            entry = Entry();
            entry.context = context;
            entry.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            entry.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            entry.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            entry.type = xml.attributes().value("type"_L1).toString();
            if (!entry.numerus)
                entry.translations.append(xml.readElementText());
        } else if (name == "numerusform"_L1) {
            entry.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

// QTest cuts a failure message at 1024 characters, so the full list goes to the log first.
QString listing(const QString &heading, const QStringList &lines)
{
    qInfo().noquote() << heading + u":\n"_s + lines.join(u'\n');
    return heading;
}

// %1..%99 and %n, which a translation must keep.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueMatchesTheSources_data();
    void catalogueMatchesTheSources();
    void catalogueIsFinished_data();
    void catalogueIsFinished();
    void translationsKeepThePlaceholders_data();
    void translationsKeepThePlaceholders();

private:
    void addCatalogueRows();
    QStringList m_catalogues;
};

void tst_Translations::initTestCase()
{
    m_catalogues = QDir(QStringLiteral(CHINWAG_TRANSLATIONS_DIR))
                           .entryList({ u"chinwag_*.ts"_s }, QDir::Files, QDir::Name);
    QVERIFY2(m_catalogues.size() >= 2,
             qPrintable(u"expected at least two catalogues in %1, found %2"_s.arg(
                     QStringLiteral(CHINWAG_TRANSLATIONS_DIR), m_catalogues.join(u", "_s))));
}

void tst_Translations::addCatalogueRows()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &fileName : std::as_const(m_catalogues))
        QTest::newRow(qPrintable(fileName)) << fileName;
}

void tst_Translations::catalogueMatchesTheSources_data()
{
    addCatalogueRows();
}

void tst_Translations::catalogueMatchesTheSources()
{
    QFETCH(QString, fileName);
    const QString committedPath = QStringLiteral(CHINWAG_TRANSLATIONS_DIR) + u'/' + fileName;
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString updatedPath = dir.filePath(fileName);
    QVERIFY(QFile::copy(committedPath, updatedPath));

    // The same run as the update_translations target's.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CHINWAG_LUPDATE),
                  { u"-silent"_s, u"-no-obsolete"_s,
                    u"@"_s + QStringLiteral(CHINWAG_LUPDATE_SOURCES), u"-ts"_s, updatedPath });
    QVERIFY2(lupdate.waitForFinished(60'000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(u"lupdate failed:\n"_s + output));

    const Catalogue committed = readCatalogue(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    const Catalogue updated = readCatalogue(updatedPath);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));

    QSet<QString> committedKeys;
    for (const Entry &entry : committed.entries)
        committedKeys.insert(entry.key());
    QSet<QString> updatedKeys;
    QStringList added;
    for (const Entry &entry : updated.entries) {
        updatedKeys.insert(entry.key());
        if (!committedKeys.contains(entry.key()))
            added.append(entry.describe());
    }
    QStringList gone;
    for (const Entry &entry : committed.entries) {
        if (!updatedKeys.contains(entry.key()))
            gone.append(entry.describe());
    }

    QStringList problems;
    if (!added.isEmpty())
        problems.append(listing(
                u"%1 string(s) in the sources are not in %2"_s.arg(added.size()).arg(fileName),
                added));
    if (!gone.isEmpty())
        problems.append(listing(
                u"%1 string(s) in %2 are no longer in the sources"_s.arg(gone.size()).arg(fileName),
                gone));
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(u"; "_s)
                        + u" (listed above). Refresh the catalogues with: cmake --build <build> "
                          "--target update_translations, then translate the new entries."_s));
}

void tst_Translations::catalogueIsFinished_data()
{
    addCatalogueRows();
}

void tst_Translations::catalogueIsFinished()
{
    QFETCH(QString, fileName);
    const Catalogue catalogue =
            readCatalogue(QStringLiteral(CHINWAG_TRANSLATIONS_DIR) + u'/' + fileName);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

    QStringList unfinished;
    QStringList obsolete;
    QStringList empty;
    for (const Entry &entry : catalogue.entries) {
        if (entry.type == "unfinished"_L1)
            unfinished.append(entry.describe());
        else if (!entry.type.isEmpty())
            obsolete.append(entry.describe());
        else if (entry.translations.isEmpty() || entry.translations.contains(QString()))
            empty.append(entry.describe());
    }

    QStringList problems;
    if (!unfinished.isEmpty())
        problems.append(listing(
                u"%1 unfinished translation(s) in %2"_s.arg(unfinished.size()).arg(fileName),
                unfinished));
    if (!obsolete.isEmpty())
        problems.append(listing(
                u"%1 obsolete or vanished entr(y/ies) in %2"_s.arg(obsolete.size()).arg(fileName),
                obsolete));
    if (!empty.isEmpty())
        problems.append(
                listing(u"%1 empty translation(s) in %2"_s.arg(empty.size()).arg(fileName), empty));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u" (listed above)"_s));
}

void tst_Translations::translationsKeepThePlaceholders_data()
{
    addCatalogueRows();
}

void tst_Translations::translationsKeepThePlaceholders()
{
    QFETCH(QString, fileName);
    const Catalogue catalogue =
            readCatalogue(QStringLiteral(CHINWAG_TRANSLATIONS_DIR) + u'/' + fileName);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));

    QStringList mismatched;
    for (const Entry &entry : catalogue.entries) {
        if (!entry.type.isEmpty())
            continue;
        const QSet<QString> expected = placeholders(entry.source);
        for (const QString &translation : entry.translations) {
            QSet<QString> found = placeholders(translation);
            // A plural form may spell out its number ("one message") instead of %n.
            if (entry.numerus && expected.contains(u"%n"_s))
                found.insert(u"%n"_s);
            if (found != expected) {
                mismatched.append(entry.describe() + u" -> \"%1\""_s.arg(translation));
                break;
            }
        }
    }
    if (!mismatched.isEmpty()) {
        QFAIL(qPrintable(listing(u"%1 translation(s) in %2 lose or add a %-placeholder"_s
                                         .arg(mismatched.size())
                                         .arg(fileName),
                                 mismatched)
                         + u" (listed above)"_s));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
