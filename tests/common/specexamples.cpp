// SPDX-License-Identifier: GPL-3.0-or-later
#include "specexamples.h"

#include <QFile>
#include <QTest>

namespace Chinwag {

int addSpecExampleRows(const QString &path, QByteArrayView fence)
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("next");
    QFile spec(path);
    if (!spec.open(QIODevice::ReadOnly))
        return -1;
    const QByteArrayList lines = spec.readAll().split('\n');
    const QByteArray opening = "```" + fence.toByteArray();
    bool inBlock = false;
    int blocks = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("```")) {
            inBlock = line == opening;
            blocks += inBlock;
            continue;
        }
        if (!inBlock)
            continue;
        const QByteArray next = i + 1 < lines.size() ? lines.at(i + 1) : QByteArray();
        QTest::addRow("line %lld: %s", i + 1, line.left(40).constData()) << line << next;
    }
    return blocks;
}

} // namespace Chinwag
