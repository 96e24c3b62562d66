// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <fakepasswordstore.h>

#include <chatclient.h>
#include <chatsession.h>
#include <chatwindow.h>
#include <connectdialog.h>
#include <conversationlistmodel.h>
#include <messagemodel.h>
#include <readpositions.h>
#include <savedpasswords.h>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

// What tst_client_accounts_gui drives: a device of a person's, and the hands on its dialogs.
namespace Chinwag::AccountsGui {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

inline const QString Password = QStringLiteral("correct-horse");

// One device of a person, as main() puts it together, with its settings file; the keychain is
// the computer's, so that it outlives the run of one client.
struct Device
{
    Device(const QString &settingsFile, FakePasswordStore *keychain)
        : settings(settingsFile, QSettings::IniFormat),
          passwords(keychain, &settings),
          session(&client),
          window(&session, &settings, &passwords)
    {
        session.setSettings(&settings);
        session.readPositions()->setDelay(20ms);
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }
    ConnectDialog *dialog() const
    {
        ConnectDialog *dialog = find<ConnectDialog>(u"connectDialog"_s);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    ConversationListModel *conversations() const { return session.conversations(); }
    int unread(const Conversation &conversation) const
    {
        return conversations()
                ->indexOf(conversation)
                .data(ConversationListModel::UnreadRole)
                .toInt();
    }
    QStringList sidebar() const
    {
        QStringList names;
        for (int row = 0; row < conversations()->rowCount(); ++row)
            names.append(conversations()->index(row).data().toString());
        return names;
    }
    // The chat messages of a conversation, as "sender: text", own ones marked.
    QStringList chat(const Conversation &conversation) const
    {
        QStringList lines;
        const MessageModel *messages = conversations()->messages(conversation);
        for (int row = 0; messages && row < messages->rowCount(); ++row) {
            const QModelIndex index = messages->index(row);
            if (index.data(MessageModel::KindRole).toInt() != int(MessageEntry::Kind::Chat))
                continue;
            lines.append((index.data(MessageModel::OwnRole).toBool() ? u"(own) "_s : QString())
                         + index.data(MessageModel::TextRole).toString());
        }
        return lines;
    }
    void click(const Conversation &conversation) const
    {
        auto *view = find<QListView>(u"conversationList"_s);
        const QRect rect = view->visualRect(conversations()->indexOf(conversation));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QSettings settings;
    SavedPasswords passwords;
    ChatClient client;
    ChatSession session;
    ChatWindow window;
};

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void choose(QWidget *dialog, const QString &choice)
{
    auto *button = dialog->findChild<QRadioButton *>(choice);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

inline void clickButton(QWidget *dialog, const QString &name)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(name), Qt::LeftButton);
}

inline QString errorOf(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(u"error"_s);
    return label->isVisible() ? label->text() : QString();
}

} // namespace Chinwag::AccountsGui
