// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Chinwag {

// The lines of a conversation that hold a search text, in the text or the sender's name,
// compared without regard to case; every line while the search text is empty.
class MessageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MessageFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
};

} // namespace Chinwag
