<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chinwag::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Copyright © the Chinwag developers.</source>
        <translation>Copyright © die Chinwag-Entwickler.</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty; see the License tab.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Es wird ohne jede Gewährleistung bereitgestellt; siehe den Reiter „Lizenz“.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountCommands</name>
    <message>
        <source>%1 gave a wrong password for the account %2</source>
        <translation>%1 hat für das Konto %2 ein falsches Passwort angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to %1 or from %2 is locked out for %n minute(s) after repeated wrong passwords</source>
        <translation>
            <numerusform>Die Anmeldung bei %1 oder von %2 ist nach wiederholt falschen Passwörtern für %n Minute gesperrt</numerusform>
            <numerusform>Die Anmeldung bei %1 oder von %2 ist nach wiederholt falschen Passwörtern für %n Minuten gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made the account %2</source>
        <translation>%1 hat das Konto %2 angelegt</translation>
    </message>
    <message>
        <source>%1 made the name %2 an account</source>
        <translation>%1 hat den Namen %2 zu einem Konto gemacht</translation>
    </message>
    <message>
        <source>%1 changed the password of the account %2</source>
        <translation>%1 hat das Passwort des Kontos %2 geändert</translation>
    </message>
    <message>
        <source>%1 deleted the account %2</source>
        <translation>%1 hat das Konto %2 gelöscht</translation>
    </message>
    <message>
        <source>The operator locked the account %1</source>
        <translation>Der Betreiber hat das Konto %1 gesperrt</translation>
    </message>
    <message>
        <source>The operator unlocked the account %1</source>
        <translation>Der Betreiber hat das Konto %1 entsperrt</translation>
    </message>
    <message>
        <source>The operator deleted the account %1</source>
        <translation>Der Betreiber hat das Konto %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>Konto &amp;löschen …</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountSync</name>
    <message>
        <source>Restored %1 conversations from the server, %2 unread messages</source>
        <translation>%1 Unterhaltungen vom Server wiederhergestellt, %2 ungelesene Nachrichten</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountsModel</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Sign the account out everywhere and refuse its sign-ins</source>
        <translation>Das Konto überall abmelden und seine Anmeldungen ablehnen</translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation>Das Konto wieder anmelden lassen</translation>
    </message>
    <message>
        <source>Delete the account and what is private to it</source>
        <translation>Das Konto löschen und alles, was privat dazugehört</translation>
    </message>
    <message>
        <source>Delete the account %1?</source>
        <translation>Das Konto %1 löschen?</translation>
    </message>
    <message>
        <source>The account %1 is deleted with the messages held for it, its memberships and its read positions, and its connections are closed. The direct messages it exchanged stay with the other side. The name is free again.</source>
        <translation>Das Konto %1 wird mit den für es aufbewahrten Nachrichten, seinen Mitgliedschaften und seinen Lesepositionen gelöscht, und seine Verbindungen werden geschlossen. Die Direktnachrichten, die es ausgetauscht hat, bleiben bei der Gegenseite. Der Name ist wieder frei.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Chinwag::AdminConsole</name>
    <message>
        <source>That line is too long for a command.</source>
        <translation>Diese Zeile ist für einen Befehl zu lang.</translation>
    </message>
    <message>
        <source>Commands: accounts; lock &lt;name&gt;; unlock &lt;name&gt;; delete &lt;name&gt;; help</source>
        <translation>Befehle: accounts; lock &lt;Name&gt;; unlock &lt;Name&gt;; delete &lt;Name&gt;; help</translation>
    </message>
    <message>
        <source>This server keeps no accounts (it runs without a history).</source>
        <translation>Dieser Server führt keine Konten (er läuft ohne Verlauf).</translation>
    </message>
    <message>
        <source>%1  created %2  last seen %3%4</source>
        <translation>%1  angelegt %2  zuletzt gesehen %3%4</translation>
    </message>
    <message>
        <source>  locked</source>
        <translation>  gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; type help for the commands.</source>
        <translation>Unbekannter Befehl „%1“; help zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>Chinwag::CertificateDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Has Changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>Unverified Server Certificate</source>
        <translation>Nicht überprüftes Serverzertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not the one you trusted before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone may be intercepting the connection to read or change what you say. Do not connect unless the server&apos;s operator told you that the certificate has changed, and the fingerprint below is the new one they gave you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Möglicherweise fängt jemand die Verbindung ab, um mitzulesen oder zu verändern, was Sie schreiben. Verbinden Sie sich nur, wenn der Betreiber des Servers Ihnen gesagt hat, dass sich das Zertifikat geändert hat, und der Fingerabdruck unten der neue ist, den er Ihnen genannt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 could not be verified:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;A server may use a certificate it made itself. Trust it only if its fingerprint below is the one the server&apos;s operator gave you; it is then remembered for this server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Zertifikat von %1 konnte nicht überprüft werden:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Ein Server kann ein selbst erstelltes Zertifikat verwenden. Vertrauen Sie ihm nur, wenn sein Fingerabdruck unten der ist, den Ihnen der Betreiber des Servers genannt hat; es wird dann für diesen Server gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Zuvor vertraut:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Trust the New Certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Has Expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Is Not Valid Yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>&lt;p&gt;You trusted this certificate before, but trust does not outlast its dates: ask the server&apos;s operator for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie haben diesem Zertifikat schon einmal vertraut, doch das Vertrauen gilt nicht über seine Gültigkeit hinaus: Bitten Sie den Betreiber des Servers um ein neues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 expired on %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;An expired certificate no longer proves who the server is. Connect only if you are sure that nobody is in between.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Zertifikat von %1 ist am %2 abgelaufen.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Ein abgelaufenes Zertifikat beweist nicht mehr, wer der Server ist. Verbinden Sie sich nur, wenn Sie sicher sind, dass niemand dazwischen sitzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is valid only from %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Either this computer&apos;s clock is wrong, or the certificate was made with a wrong date. Connect only if you are sure that nobody is in between.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Zertifikat von %1 ist erst ab %2 gültig.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Entweder geht die Uhr dieses Computers falsch, oder das Zertifikat wurde mit einem falschen Datum ausgestellt. Verbinden Sie sich nur, wenn Sie sicher sind, dass niemand dazwischen sitzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect Anyway</source>
        <translation>&amp;Trotzdem verbinden</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Your other devices stay signed in; they ask for the new password next time.</source>
        <translation>Ihre anderen Geräte bleiben angemeldet; sie fragen beim nächsten Mal nach dem neuen Passwort.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatClient</name>
    <message>
        <source>not connected to the server</source>
        <translation>keine Verbindung zum Server</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 from %2 in %3, %n characters</source>
        <translation>
            <numerusform>Nachricht %1 von %2 in %3, %n Zeichen</numerusform>
            <numerusform>Nachricht %1 von %2 in %3, %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatServer</name>
    <message>
        <source>Could not accept a connection: %1</source>
        <translation>Eine Verbindung konnte nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>The server is still stopping.</source>
        <translation>Der Server wird noch angehalten.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>TLS handshake with %1 failed: %2 (and %n more failed handshake(s) since the last record)</source>
        <translation>
            <numerusform>TLS-Handshake mit %1 fehlgeschlagen: %2 (und %n weiterer fehlgeschlagener Handshake seit dem letzten Eintrag)</numerusform>
            <numerusform>TLS-Handshake mit %1 fehlgeschlagen: %2 (und %n weitere fehlgeschlagene Handshakes seit dem letzten Eintrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is listening already.</source>
        <translation>Der Server lauscht bereits.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt has no TLS backend here.</source>
        <translation>TLS ist nicht verfügbar: Qt hat hier kein TLS-Backend.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Konnte nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>My server has started on %1 (TLS)</source>
        <translation>Mein Server wurde auf %1 gestartet (TLS)</translation>
    </message>
    <message>
        <source>My server has started on %1</source>
        <translation>Mein Server wurde auf %1 gestartet</translation>
    </message>
    <message>
        <source>%1 was kicked</source>
        <translation>%1 wurde hinausgeworfen</translation>
    </message>
    <message>
        <source>%1 was kicked: %2</source>
        <translation>%1 wurde hinausgeworfen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Notice to %n client(s): %1</source>
        <translation>
            <numerusform>Hinweis an %n Client: %1</numerusform>
            <numerusform>Hinweis an %n Clients: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Client has connected from %1</source>
        <translation>Ein Client hat sich von %1 verbunden</translation>
    </message>
    <message>
        <source>Total Clients = %1</source>
        <translation>Clients insgesamt = %1</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2 (SERVER_FULL)</source>
        <translation>Verbindung von %1 abgewiesen: %2 (SERVER_FULL)</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %2 (SERVER_FULL; and %n more refused since the last record)</source>
        <translation>
            <numerusform>Verbindung von %1 abgewiesen: %2 (SERVER_FULL; und %n weitere abgewiesen seit dem letzten Eintrag)</numerusform>
            <numerusform>Verbindung von %1 abgewiesen: %2 (SERVER_FULL; und %n weitere abgewiesen seit dem letzten Eintrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>Client has disconnected: %1</source>
        <translation>Ein Client hat die Verbindung getrennt: %1</translation>
    </message>
    <message>
        <source>Client has disconnected: %1, %2</source>
        <translation>Ein Client hat die Verbindung getrennt: %1, %2</translation>
    </message>
    <message>
        <source>server has stopped</source>
        <translation>Der Server wurde angehalten</translation>
    </message>
    <message>
        <source>Writing the history fell behind: reading from the clients waits until it catches up</source>
        <translation>Das Schreiben des Verlaufs ist in Rückstand geraten: Von den Clients wird erst wieder gelesen, wenn es aufgeholt hat</translation>
    </message>
    <message>
        <source>Writing the history caught up</source>
        <translation>Das Schreiben des Verlaufs hat aufgeholt</translation>
    </message>
    <message>
        <source>The history is written again</source>
        <translation>Der Verlauf wird wieder geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be kept in the history while writing failed</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht im Verlauf behalten werden, während das Schreiben fehlschlug</numerusform>
            <numerusform>%n Nachrichten konnten nicht im Verlauf behalten werden, während das Schreiben fehlschlug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n old message(s) from the history</source>
        <translation>
            <numerusform>Die Aufbewahrungsregel hat %n alte Nachricht aus dem Verlauf entfernt</numerusform>
            <numerusform>Die Aufbewahrungsregel hat %n alte Nachrichten aus dem Verlauf entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spoke plain text to the TLS port and was told to use TLS</source>
        <translation>%1 sprach Klartext mit dem TLS-Port und wurde auf TLS verwiesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 spoke plain text to the TLS port and was told to use TLS (and %n more such connection(s) since the last record)</source>
        <translation>
            <numerusform>%1 sprach Klartext mit dem TLS-Port und wurde auf TLS verwiesen (und %n weitere solche Verbindung seit dem letzten Eintrag)</numerusform>
            <numerusform>%1 sprach Klartext mit dem TLS-Port und wurde auf TLS verwiesen (und %n weitere solche Verbindungen seit dem letzten Eintrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>The history&apos;s file was removed while the server ran: it is written again, whole, from the copy the server still had open</source>
        <translation>Die Datei des Verlaufs wurde gelöscht, während der Server lief: Sie wird vollständig neu geschrieben, aus der Kopie, die der Server noch geöffnet hatte</translation>
    </message>
    <message>
        <source>IRC clients may connect on %1 (TLS)</source>
        <translation>IRC-Clients können sich auf %1 verbinden (TLS)</translation>
    </message>
    <message>
        <source>IRC clients may connect on %1</source>
        <translation>IRC-Clients können sich auf %1 verbinden</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatSession</name>
    <message>
        <source>Notice from the server: %1</source>
        <translation>Hinweis vom Server: %1</translation>
    </message>
    <message>
        <source>You are now known as %1.</source>
        <translation>Sie heißen jetzt %1.</translation>
    </message>
    <message>
        <source>You are no longer in this group: the connection was lost.</source>
        <translation>Sie sind nicht mehr in dieser Gruppe: Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>Reconnected as %1.</source>
        <translation>Wieder verbunden als %1.</translation>
    </message>
    <message>
        <source>Connected to %1:%2 as %3.</source>
        <translation>Mit %1:%2 verbunden als %3.</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 ist da.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 ist gegangen.</translation>
    </message>
    <message>
        <source>%1 left (%2).</source>
        <translation>%1 ist gegangen (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>You made the group %1.</source>
        <translation>Sie haben die Gruppe %1 gegründet.</translation>
    </message>
    <message>
        <source>You made the group %1 with %2.</source>
        <translation>Sie haben die Gruppe %1 mit %2 gegründet.</translation>
    </message>
    <message>
        <source>%1 made the group %2 with %3.</source>
        <translation>%1 hat die Gruppe %2 mit %3 gegründet.</translation>
    </message>
    <message>
        <source>%1 added you to the group %2.</source>
        <translation>%1 hat Sie in die Gruppe %2 eingeladen.</translation>
    </message>
    <message>
        <source>You added %1 to the group.</source>
        <translation>Sie haben %1 in die Gruppe eingeladen.</translation>
    </message>
    <message>
        <source>%1 added %2 to the group.</source>
        <translation>%1 hat %2 in die Gruppe eingeladen.</translation>
    </message>
    <message>
        <source>%1 left the group.</source>
        <translation>%1 hat die Gruppe verlassen.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Sie sind nicht mehr in dieser Gruppe.</translation>
    </message>
    <message>
        <source>You joined the group %1.</source>
        <translation>Sie sind der Gruppe %1 beigetreten.</translation>
    </message>
    <message>
        <source>%1 joined the group.</source>
        <translation>%1 ist der Gruppe beigetreten.</translation>
    </message>
    <message>
        <source>You removed yourself from the group.</source>
        <translation>Sie haben sich selbst aus der Gruppe entfernt.</translation>
    </message>
    <message>
        <source>%1 removed you from the group.</source>
        <translation>%1 hat Sie aus der Gruppe entfernt.</translation>
    </message>
    <message>
        <source>%1 removed you from the group: %2</source>
        <translation>%1 hat Sie aus der Gruppe entfernt: %2</translation>
    </message>
    <message>
        <source>You removed %1 from the group.</source>
        <translation>Sie haben %1 aus der Gruppe entfernt.</translation>
    </message>
    <message>
        <source>You removed %1 from the group: %2</source>
        <translation>Sie haben %1 aus der Gruppe entfernt: %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group.</source>
        <translation>%1 hat %2 aus der Gruppe entfernt.</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group: %3</source>
        <translation>%1 hat %2 aus der Gruppe entfernt: %3</translation>
    </message>
    <message>
        <source>You own the group now.</source>
        <translation>Die Gruppe gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <source>%1 owns the group now.</source>
        <translation>Die Gruppe gehört jetzt %1.</translation>
    </message>
    <message>
        <source>The group is public now: anyone may join it.</source>
        <translation>Die Gruppe ist jetzt öffentlich: Jeder darf ihr beitreten.</translation>
    </message>
    <message>
        <source>The group is private now: only those invited may join it.</source>
        <translation>Die Gruppe ist jetzt privat: Nur Eingeladene dürfen ihr beitreten.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatWindow</name>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Frühere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe …</translation>
    </message>
    <message>
        <source>&amp;Jump to Conversation…</source>
        <translation>Zu Unterhaltung &amp;springen …</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>In der Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <source>Set &amp;Away…</source>
        <translation>Als &amp;abwesend melden…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Chinwag Client</source>
        <translation>&amp;Über Chinwag Client</translation>
    </message>
    <message>
        <source>Chinwag Client</source>
        <translation>Chinwag Client</translation>
    </message>
    <message>
        <source>A desktop chat client: talk to everyone on a Chinwag server, to one person, or in private groups.</source>
        <translation>Ein Chat-Programm für den Desktop: Sprechen Sie mit allen auf einem Chinwag-Server, mit einer Person oder in privaten Gruppen.</translation>
    </message>
    <message>
        <source>Set Away</source>
        <translation>Als abwesend melden</translation>
    </message>
    <message>
        <source>What the others read while you are away:</source>
        <translation>Was die anderen lesen, solange Sie abwesend sind:</translation>
    </message>
    <message>
        <source>Set &amp;Away</source>
        <translation>&amp;Abwesend</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 in #%2</translation>
    </message>
    <message>
        <source>%1 — Chinwag</source>
        <translation>%1 — Chinwag</translation>
    </message>
</context>
<context>
    <name>Chinwag::ClientConnection</name>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Ignored a line from the server that could not be read (%1): %2</source>
        <translation>Unlesbare Zeile vom Server übergangen (%1): %2</translation>
    </message>
    <message>
        <source>The server still holds the name %1 for the lost connection.</source>
        <translation>Der Server hält den Namen %1 noch für die abgebrochene Verbindung.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms: %2</source>
        <translation>Neuer Verbindungsversuch in %1 ms: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server is too busy to sign you in; trying again soon.</source>
        <translation>Der Server ist zu beschäftigt, um Sie anzumelden; gleich ein neuer Versuch.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ClientsModel</name>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message>
        <source>(unregistered)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Nachr. ein</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Nachr. aus</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>account, %1 connections</source>
        <translation>Konto, %1 Verbindungen</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Spricht</translation>
    </message>
</context>
<context>
    <name>Chinwag::CommandTracker</name>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>Die Antwort des Servers war nicht lesbar.</translation>
    </message>
    <message>
        <source>Ignored a reply that answers no command: %1</source>
        <translation>Antwort auf keinen Befehl übergangen: %1</translation>
    </message>
    <message>
        <source>The reply %1 does not answer %2.</source>
        <translation>Die Antwort %1 passt nicht zu %2.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectDialog</name>
    <message>
        <source>Use &amp;TLS: encrypt the connection</source>
        <translation>&amp;TLS verwenden: die Verbindung verschlüsseln</translation>
    </message>
    <message>
        <source>Connect to a Chinwag Server</source>
        <translation>Mit einem Chinwag-Server verbinden</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Rechnername oder Adresse</translation>
    </message>
    <message>
        <source>how others will see you</source>
        <translation>so sehen Sie die anderen</translation>
    </message>
    <message>
        <source>only if the server has one</source>
        <translation>nur, wenn der Server eines hat</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Chat with everyone on a server, with one person, or in private groups.</source>
        <translation>Chatten Sie mit allen auf einem Server, mit einer Person oder in privaten Gruppen.</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation>1 bis 32 Buchstaben, Ziffern, „_“, „-“ oder „.“, am Anfang ein Buchstabe.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>&amp;Konto anlegen</translation>
    </message>
    <message>
        <source>Continue as a &amp;guest</source>
        <translation>Als &amp;Gast fortfahren</translation>
    </message>
    <message>
        <source>R&amp;emember the passwords in the keychain</source>
        <translation>Passwörter im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Your account keeps your name, your conversations and your groups, on every device.</source>
        <translation>Ihr Konto bewahrt Ihren Namen, Ihre Unterhaltungen und Ihre Gruppen auf, auf jedem Gerät.</translation>
    </message>
    <message>
        <source>A guest&apos;s name is free for others once the guest leaves, and nothing is kept for it.</source>
        <translation>Der Name eines Gastes ist für andere frei, sobald der Gast geht, und für ihn wird nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>your account&apos;s password</source>
        <translation>das Passwort Ihres Kontos</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>noch einmal dasselbe</translation>
    </message>
    <message>
        <source>The passwords are kept in the desktop&apos;s keychain, never in the settings file. Without this, they are asked for again next time.</source>
        <translation>Die Passwörter werden im Schlüsselbund des Desktops aufbewahrt, nie in der Einstellungsdatei. Ohne diese Option werden sie beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop: passwords are not remembered, and are asked for again next time.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar: Passwörter werden nicht gespeichert und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Without TLS, the passwords travel unencrypted.</source>
        <translation>Ohne TLS werden die Passwörter unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Ser&amp;ver&apos;s password:</source>
        <translation>Ser&amp;ver-Passwort:</translation>
    </message>
    <message>
        <source>The name %1 belongs to an account. If it is yours, enter its password and sign in; otherwise choose another name.</source>
        <translation>Der Name %1 gehört zu einem Konto. Wenn es Ihres ist, geben Sie sein Passwort ein und melden Sie sich an; sonst wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no account named %1 on this server. To make one, choose &quot;Create an account&quot;.</source>
        <translation>Auf diesem Server gibt es kein Konto namens %1. Um eines anzulegen, wählen Sie „Konto anlegen“.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Konto anlegen</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectPrompt</name>
    <message>
        <source>No keychain is available: your password is not remembered, and will be asked for next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Ihr Passwort wird nicht gespeichert und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectionBanner</name>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Stop Trying</source>
        <translation>&amp;Aufhören</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Neuer Versuch in %2 s …</translation>
    </message>
    <message>
        <source>%1 Trying again now…</source>
        <translation>%1 Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>You were disconnected. %1</source>
        <translation>Ihre Verbindung wurde getrennt. %1</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Nicht verbunden. %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectionStatus</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Neue Verbindung …</translation>
    </message>
    <message>
        <source>Server %1:%2, encrypted</source>
        <translation>Server %1:%2, verschlüsselt</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Server %1:%2</translation>
    </message>
    <message>
        <source>Signed in as %1 · away</source>
        <translation>Angemeldet als %1 · abwesend</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationDelegate</name>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationListModel</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationPane</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Send %1 Messages?</source>
        <translation>%1 Nachrichten senden?</translation>
    </message>
    <message>
        <source>The text has %1 lines. Each line goes as its own message, a few every second, to %2.</source>
        <translation>Der Text hat %1 Zeilen. Jede Zeile geht als eigene Nachricht an %2, einige pro Sekunde.</translation>
    </message>
    <message>
        <source>&amp;Send All</source>
        <translation>&amp;Alle senden</translation>
    </message>
    <message>
        <source>Everyone on this server · %1 online</source>
        <translation>Alle auf diesem Server · %1 online</translation>
    </message>
    <message>
        <source>Everyone on this server</source>
        <translation>Alle auf diesem Server</translation>
    </message>
    <message>
        <source>Not online: messages are kept for them if they have been here before.</source>
        <translation>Nicht online: Nachrichten werden aufbewahrt, wenn die Person schon einmal hier war.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Private group of %1</source>
        <translation>Private Gruppe aus %1</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Sie sind nicht mehr in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>You are no longer in this group</source>
        <translation>Sie sind nicht mehr in dieser Gruppe</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::DeleteAccountDialog</name>
    <message>
        <source>Delete Account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the account &lt;b&gt;%1&lt;/b&gt; on %2?&lt;/p&gt;&lt;p&gt;Deleted with it: the messages kept for you while you were offline, your place in every group, and how far you have read each conversation. The direct messages you exchanged stay with the people you wrote to. The name %1 is free for anyone afterwards.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Konto &lt;b&gt;%1&lt;/b&gt; auf %2 löschen?&lt;/p&gt;&lt;p&gt;Mit ihm gelöscht werden: die Nachrichten, die für Sie aufbewahrt wurden, während Sie offline waren, Ihr Platz in jeder Gruppe und wie weit Sie jede Unterhaltung gelesen haben. Die Direktnachrichten, die Sie ausgetauscht haben, bleiben bei den Menschen, denen Sie geschrieben haben. Der Name %1 ist danach für jeden frei.&lt;/p&gt;&lt;p&gt;Das lässt sich nicht rückgängig machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>Konto &amp;löschen</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>Chinwag::DirectoryModel</name>
    <message numerus="yes">
        <source>#%1 · %n member(s) · %2</source>
        <translation>
            <numerusform>#%1 · %n Mitglied · %2</numerusform>
            <numerusform>#%1 · %n Mitglieder · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Besitzer: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::DirectoryView</name>
    <message>
        <source>&amp;Find Public Groups</source>
        <translation>Öffentliche Gruppen &amp;finden</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Public groups: anyone may join them.</source>
        <translation>Öffentliche Gruppen: Jeder darf ihnen beitreten.</translation>
    </message>
    <message>
        <source>Public groups are open to anyone: find them here.</source>
        <translation>Öffentliche Gruppen stehen allen offen: Hier finden Sie sie.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ErrorMessages</name>
    <message>
        <source>Names are 1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, and start with a letter.</source>
        <translation>Namen bestehen aus 1 bis 32 Buchstaben, Ziffern, „_“, „-“ oder „.“ und beginnen mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Someone else is using that name. Please choose another.</source>
        <translation>Jemand anderes verwendet diesen Namen. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>You are not signed in to the server yet.</source>
        <translation>Sie sind noch nicht am Server angemeldet.</translation>
    </message>
    <message>
        <source>The server needs a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The server&apos;s password was wrong.</source>
        <translation>Das Passwort für den Server war falsch.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Diese Gruppe gibt es nicht.</translation>
    </message>
    <message>
        <source>You are not a member of this group.</source>
        <translation>Sie sind nicht Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>A group of that name exists already. Please choose another name.</source>
        <translation>Eine Gruppe dieses Namens gibt es schon. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>That user is a member of the group already.</source>
        <translation>Diese Person ist schon Mitglied der Gruppe.</translation>
    </message>
    <message>
        <source>The group has as many members as it may hold.</source>
        <translation>Die Gruppe hat schon so viele Mitglieder, wie sie haben darf.</translation>
    </message>
    <message>
        <source>Someone would be in more groups than the server allows.</source>
        <translation>Jemand wäre in mehr Gruppen, als der Server erlaubt.</translation>
    </message>
    <message>
        <source>The message is too long for the server.</source>
        <translation>Die Nachricht ist für den Server zu lang.</translation>
    </message>
    <message>
        <source>The message holds characters that cannot be sent.</source>
        <translation>Die Nachricht enthält Zeichen, die nicht gesendet werden können.</translation>
    </message>
    <message>
        <source>You are sending too fast; your messages are delayed.</source>
        <translation>Sie senden zu schnell; Ihre Nachrichten werden verzögert.</translation>
    </message>
    <message>
        <source>The server is full.</source>
        <translation>Der Server ist voll.</translation>
    </message>
    <message>
        <source>That is not a conversation the server knows.</source>
        <translation>Diese Unterhaltung kennt der Server nicht.</translation>
    </message>
    <message>
        <source>The server cannot give that many messages, or from there.</source>
        <translation>So viele Nachrichten, oder ab dieser Stelle, kann der Server nicht liefern.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s operator disconnected you.</source>
        <translation>Der Betreiber des Servers hat Ihre Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The server&apos;s operator disconnected you: %1</source>
        <translation>Der Betreiber des Servers hat Ihre Verbindung getrennt: %1</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Der Server wird beendet.</translation>
    </message>
    <message>
        <source>The server closed the connection after a silence.</source>
        <translation>Der Server hat die Verbindung nach einer Funkstille geschlossen.</translation>
    </message>
    <message>
        <source>The server disconnected you for sending too fast.</source>
        <translation>Der Server hat Ihre Verbindung getrennt, weil Sie zu schnell gesendet haben.</translation>
    </message>
    <message>
        <source>The server disconnected you because this client fell behind.</source>
        <translation>Der Server hat Ihre Verbindung getrennt, weil dieses Programm nicht mehr nachkam.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>No user of that name is online, and messages are kept only for accounts.</source>
        <translation>Niemand dieses Namens ist online, und Nachrichten werden nur für Konten aufbewahrt.</translation>
    </message>
    <message>
        <source>That name belongs to an account. Sign in with its password, or choose another name.</source>
        <translation>Dieser Name gehört einem Konto. Melde dich mit seinem Passwort an oder wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no account of that name.</source>
        <translation>Es gibt kein Konto dieses Namens.</translation>
    </message>
    <message>
        <source>Passwords are 8 to 128 characters without spaces.</source>
        <translation>Passwörter haben 8 bis 128 Zeichen ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>This needs an account. Please sign in.</source>
        <translation>Dafür braucht es ein Konto. Bitte melde dich an.</translation>
    </message>
    <message>
        <source>You are signed in already.</source>
        <translation>Du bist bereits angemeldet.</translation>
    </message>
    <message>
        <source>Your name is an account already.</source>
        <translation>Dein Name ist bereits ein Konto.</translation>
    </message>
    <message>
        <source>The account is deleted.</source>
        <translation>Das Konto ist gelöscht.</translation>
    </message>
    <message>
        <source>So many messages already wait for this user that no more are kept until they have read them.</source>
        <translation>Für diesen Benutzer warten schon so viele Nachrichten, dass keine weiteren aufbewahrt werden, bis er sie gelesen hat.</translation>
    </message>
    <message>
        <source>The server speaks TLS only on this port. Please connect with TLS.</source>
        <translation>Der Server spricht auf diesem Port nur TLS. Bitte verbinden Sie sich mit TLS.</translation>
    </message>
    <message>
        <source>The password is wrong. Please try again.</source>
        <translation>Das Passwort ist falsch. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait a few seconds, then try again.</source>
        <translation>Zu viele falsche Passwörter. Bitte warten Sie einige Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Signing in to this account is locked for now, after too many wrong passwords or by the server&apos;s operator. Please try again later.</source>
        <translation>Die Anmeldung bei diesem Konto ist vorerst gesperrt, nach zu vielen falschen Passwörtern oder durch den Betreiber des Servers. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The account is signed in on as many devices as the server allows. Sign out on one of them, then try again.</source>
        <translation>Das Konto ist auf so vielen Geräten angemeldet, wie der Server erlaubt. Melden Sie sich auf einem davon ab und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>This server has no guests. Please sign in, or create an account.</source>
        <translation>Dieser Server hat keine Gäste. Bitte melden Sie sich an oder legen Sie ein Konto an.</translation>
    </message>
    <message>
        <source>This server keeps no accounts. Please continue as a guest.</source>
        <translation>Dieser Server führt keine Konten. Bitte fahren Sie als Gast fort.</translation>
    </message>
    <message>
        <source>The server is busy checking passwords. Please try again in a moment.</source>
        <translation>Der Server ist mit dem Prüfen von Passwörtern beschäftigt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Ihr Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>The server&apos;s operator locked your account.</source>
        <translation>Der Betreiber des Servers hat Ihr Konto gesperrt.</translation>
    </message>
    <message>
        <source>The group is private: a member must invite you.</source>
        <translation>Die Gruppe ist privat: Ein Mitglied muss Sie einladen.</translation>
    </message>
    <message>
        <source>Only the group&apos;s owner may do that.</source>
        <translation>Nur der Besitzer der Gruppe darf das.</translation>
    </message>
</context>
<context>
    <name>Chinwag::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennung</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Hinauswurf</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupCommands</name>
    <message>
        <source>%1 made the group %2</source>
        <translation>%1 hat die Gruppe %2 gegründet</translation>
    </message>
    <message>
        <source>%1 made the group %2 with %3</source>
        <translation>%1 hat die Gruppe %2 mit %3 gegründet</translation>
    </message>
    <message>
        <source>%1 added %2 to the group %3</source>
        <translation>%1 hat %2 in die Gruppe %3 aufgenommen</translation>
    </message>
    <message>
        <source>%1 left the group %2</source>
        <translation>%1 hat die Gruppe %2 verlassen</translation>
    </message>
    <message>
        <source>The group %1 is gone: it has no members left</source>
        <translation>Die Gruppe %1 besteht nicht mehr: Es sind keine Mitglieder übrig</translation>
    </message>
    <message>
        <source>%1 made the public group %2</source>
        <translation>%1 hat die öffentliche Gruppe %2 gegründet</translation>
    </message>
    <message>
        <source>%1 made the public group %2 with %3</source>
        <translation>%1 hat die öffentliche Gruppe %2 mit %3 gegründet</translation>
    </message>
    <message>
        <source>%1 joined the group %2</source>
        <translation>%1 ist der Gruppe %2 beigetreten</translation>
    </message>
    <message>
        <source>%1 made the group %2 public</source>
        <translation>%1 hat die Gruppe %2 öffentlich gemacht</translation>
    </message>
    <message>
        <source>%1 made the group %2 private</source>
        <translation>%1 hat die Gruppe %2 privat gemacht</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group %3</source>
        <translation>%1 hat %2 aus der Gruppe %3 entfernt</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupPanel</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>&amp;Leave Group</source>
        <translation>Gruppe &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe …</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Name …</translation>
    </message>
    <message>
        <source>Members of #%1 · %2</source>
        <translation>Mitglieder von #%1 · %2</translation>
    </message>
    <message>
        <source>Only the members read what is said here.</source>
        <translation>Nur die Mitglieder lesen, was hier gesagt wird.</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Sie sind nicht mehr in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Public: anyone may join</source>
        <translation>Ö&amp;ffentlich: Jeder darf beitreten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Reason (optional)…</source>
        <translation>Grund (freiwillig) …</translation>
    </message>
    <message>
        <source>You own this public group: anyone may join it.</source>
        <translation>Diese öffentliche Gruppe gehört Ihnen: Jeder darf ihr beitreten.</translation>
    </message>
    <message>
        <source>You own this group: only the members read what is said here.</source>
        <translation>Diese Gruppe gehört Ihnen: Nur die Mitglieder lesen, was hier gesagt wird.</translation>
    </message>
    <message>
        <source>A public group of %1&apos;s: anyone may join it.</source>
        <translation>Eine öffentliche Gruppe von %1: Jeder darf ihr beitreten.</translation>
    </message>
    <message>
        <source>%1&apos;s group: only the members read what is said here.</source>
        <translation>Die Gruppe von %1: Nur die Mitglieder lesen, was hier gesagt wird.</translation>
    </message>
    <message>
        <source>A group is a private conversation of the people you pick, or a public one that anyone may join.</source>
        <translation>Eine Gruppe ist eine private Unterhaltung der Personen, die Sie wählen, oder eine öffentliche, der jeder beitreten darf.</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryDatabase</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The history could not be read or written</source>
        <translation>Der Verlauf konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>The history cannot be opened</source>
        <translation>Der Verlauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install libqt6sql6-sqlite</source>
        <translation>der SQLite-Treiber von Qt fehlt; installieren Sie libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (journal mode %1)</source>
        <translation>SQLite lehnt Write-Ahead-Logging ab (Journalmodus %1)</translation>
    </message>
    <message>
        <source>it was written by a newer Chinwag (schema %1; this server knows up to %2)</source>
        <translation>er wurde von einem neueren Chinwag geschrieben (Schema %1; dieser Server kennt Schemata bis %2)</translation>
    </message>
    <message>
        <source>the file holds another program&apos;s database</source>
        <translation>die Datei enthält die Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>The history could not be written</source>
        <translation>Der Verlauf konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>its file was removed, and could not be made again: %1</source>
        <translation>seine Datei wurde gelöscht und konnte nicht neu angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryLoader</name>
    <message>
        <source>The server keeps no history: %1</source>
        <translation>Der Server bewahrt keinen Verlauf auf: %1</translation>
    </message>
    <message>
        <source>The earlier messages could not be loaded: %1</source>
        <translation>Die früheren Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryRetention</name>
    <message>
        <source>Old messages could not be removed from the history: %1</source>
        <translation>Alte Nachrichten konnten nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::KeychainPasswordStore</name>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::LanguageOption</name>
    <message>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: %1 (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Chinwag::LaunchOptions</name>
    <message>
        <source>The server&apos;s host name or address.</source>
        <translation>Rechnername oder Adresse des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s port (%1 by default).</source>
        <translation>Port des Servers (%1, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Your name. With host, port and name the client connects at once; otherwise it asks.</source>
        <translation>Ihr Name. Mit Rechner, Port und Name verbindet sich das Programm sofort; sonst fragt es.</translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS. Without it, a host given here is reached unencrypted.</source>
        <translation>Die Verbindung mit TLS verschlüsseln. Ohne diese Option wird ein hier angegebener Host unverschlüsselt erreicht.</translation>
    </message>
    <message>
        <source>Once connected, send &lt;text&gt;.</source>
        <translation>Nach dem Verbinden &lt;text&gt; senden.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Where --message goes: * for everyone (the default), @user or #group.</source>
        <translation>Wohin --message geht: * für alle (Vorgabe), @person oder #gruppe.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>unterhaltung</translation>
    </message>
    <message>
        <source>Too many arguments: give at most a host, a port and a name.</source>
        <translation>Zu viele Argumente: Geben Sie höchstens einen Rechner, einen Port und einen Namen an.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--to takes * for everyone, @user or #group, not &quot;%1&quot;.</source>
        <translation>--to erwartet * für alle, @person oder #gruppe, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sign in to the account of that name: its password comes from the environment variable CHINWAG_ACCOUNT_PASSWORD, the keychain or the connect dialog.</source>
        <translation>Beim Konto dieses Namens anmelden: sein Passwort kommt aus der Umgebungsvariablen CHINWAG_ACCOUNT_PASSWORD, dem Schlüsselbund oder dem Verbindungsdialog.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ListenBar</name>
    <message>
        <source>&amp;Start</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network</source>
        <translation>Die Adresse, auf der gelauscht wird: 127.0.0.1 nur für diesen Rechner, 0.0.0.0 für jedes Netz</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one</source>
        <translation>Der Port, auf dem gelauscht wird; 0 wählt einen freien</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Stopping: saying goodbye to every client…</source>
        <translation>Wird angehalten: Alle Clients werden verabschiedet …</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: use 127.0.0.1, 0.0.0.0 or another address of this machine.</source>
        <translation>„%1“ ist keine IP-Adresse: Verwenden Sie 127.0.0.1, 0.0.0.0 oder eine andere Adresse dieses Rechners.</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageComposer</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 too many</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <source>The server takes lines of up to %1 bytes; a character may take more than one.</source>
        <translation>Der Server nimmt Zeilen bis %1 Byte; ein Zeichen kann mehr als eines belegen.</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageFormatter</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>waiting for the connection</source>
        <translation>wartet auf die Verbindung</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <source>kept until they come online</source>
        <translation>wird aufbewahrt, bis die Person online ist</translation>
    </message>
    <message>
        <source>waiting for %1 to come online</source>
        <translation>wartet, bis %1 online ist</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageInserter</name>
    <message>
        <source>the database is not SQLite</source>
        <translation>die Datenbank ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
</context>
<context>
    <name>Chinwag::MonitorWindow</name>
    <message>
        <source>Could not listen on %1: %2. Choose another port (or 0 for any free one) and press Start.</source>
        <translation>Konnte nicht auf %1 lauschen: %2. Wählen Sie einen anderen Port (oder 0 für einen beliebigen freien) und drücken Sie „Starten“.</translation>
    </message>
    <message>
        <source>Could not listen on %1</source>
        <translation>Konnte nicht auf %1 lauschen</translation>
    </message>
    <message>
        <source>Filter clients by name, address or group</source>
        <translation>Clients nach Name, Adresse oder Gruppe filtern</translation>
    </message>
    <message>
        <source>Reason, which the client is told</source>
        <translation>Grund, der dem Client mitgeteilt wird</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>Hinaus&amp;werfen</translation>
    </message>
    <message>
        <source>Close the selected client&apos;s connection, telling it the reason</source>
        <translation>Die Verbindung des ausgewählten Clients schließen und ihm den Grund mitteilen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Filter groups by name or member</source>
        <translation>Gruppen nach Name oder Mitglied filtern</translation>
    </message>
    <message>
        <source>A notice to every client</source>
        <translation>Ein Hinweis an jeden Client</translation>
    </message>
    <message>
        <source>Send &amp;notice</source>
        <translation>Hi&amp;nweis senden</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Filter the event log</source>
        <translation>Ereignisprotokoll filtern</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Chinwag Server</source>
        <translation>Über Chinwag &amp;Server</translation>
    </message>
    <message>
        <source>The history, kept only while the server runs: messages stored, messages held for users who are offline, and the database&apos;s size</source>
        <translation>Der Verlauf, aufbewahrt nur solange der Server läuft: gespeicherte Nachrichten, Nachrichten, die für Benutzer warten, die offline sind, und die Größe der Datenbank</translation>
    </message>
    <message>
        <source>The history in %1: messages stored, messages held for users who are offline, and the database&apos;s size</source>
        <translation>Der Verlauf in %1: gespeicherte Nachrichten, Nachrichten, die für Benutzer warten, die offline sind, und die Größe der Datenbank</translation>
    </message>
    <message>
        <source>Chinwag Server — %1</source>
        <translation>Chinwag Server — %1</translation>
    </message>
    <message>
        <source>Chinwag Server — stopped</source>
        <translation>Chinwag Server — angehalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not kick %1: the reason may hold only printable characters</source>
        <translation>%1 konnte nicht hinausgeworfen werden: Der Grund darf nur druckbare Zeichen enthalten</translation>
    </message>
    <message>
        <source>Kicked %1</source>
        <translation>%1 hinausgeworfen</translation>
    </message>
    <message>
        <source>A notice may hold only printable characters</source>
        <translation>Ein Hinweis darf nur druckbare Zeichen enthalten</translation>
    </message>
    <message numerus="yes">
        <source>Notice sent to %n client(s)</source>
        <translation>
            <numerusform>Hinweis an %n Client gesendet</numerusform>
            <numerusform>Hinweis an %n Clients gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Total Clients = %1</source>
        <translation>Clients insgesamt = %1</translation>
    </message>
    <message>
        <source>Groups = %1</source>
        <translation>Gruppen = %1</translation>
    </message>
    <message>
        <source>%1 messages/s</source>
        <translation>%1 Nachrichten/s</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Kein Verlauf</translation>
    </message>
    <message>
        <source>History: %1 stored, %2 held, %3</source>
        <translation>Verlauf: %1 gespeichert, %2 aufbewahrt, %3</translation>
    </message>
    <message>
        <source>Chinwag Server</source>
        <translation>Chinwag Server</translation>
    </message>
    <message>
        <source>A chat server for people on one network, and a window to watch it: who is connected, the groups they talk in, the traffic and the history.</source>
        <translation>Ein Chat-Server für Menschen in einem Netz und ein Fenster, um ihn zu beobachten: wer verbunden ist, die Gruppen, in denen sie sich unterhalten, der Verkehr und der Verlauf.</translation>
    </message>
    <message>
        <source>%1. The server runs without a history: HISTORY is refused, there are no accounts, and messages to users who are offline are not held.</source>
        <translation>%1. Der Server läuft ohne Verlauf: HISTORY wird abgelehnt, es gibt keine Konten, und Nachrichten an Benutzer, die offline sind, werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 (not written: %2)</source>
        <translation>%1 (nicht geschrieben: %2)</translation>
    </message>
    <message>
        <source>%1, %2 removed by retention</source>
        <translation>%1, %2 durch Aufbewahrungsregel entfernt</translation>
    </message>
</context>
<context>
    <name>Chinwag::NewGroupDialog</name>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>for example: team</source>
        <translation>zum Beispiel: team</translation>
    </message>
    <message>
        <source>&amp;Make Group</source>
        <translation>Gruppe &amp;gründen</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Name der Gruppe:</translation>
    </message>
    <message>
        <source>You are in a group of that name already.</source>
        <translation>Sie sind schon in einer Gruppe dieses Namens.</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation>1 bis 32 Buchstaben, Ziffern, „_“, „-“ oder „.“, am Anfang ein Buchstabe.</translation>
    </message>
    <message>
        <source>&amp;Public: anyone may find and join it</source>
        <translation>Ö&amp;ffentlich: Jeder darf sie finden und ihr beitreten</translation>
    </message>
    <message>
        <source>&amp;Members (click to pick):</source>
        <translation>&amp;Mitglieder (zum Wählen klicken):</translation>
    </message>
</context>
<context>
    <name>Chinwag::NewPasswordCheck</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>8 to 128 characters, without spaces.</source>
        <translation>8 bis 128 Zeichen, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>Chinwag::Outbox</name>
    <message>
        <source>Not sent: not connected to the server.</source>
        <translation>Nicht gesendet: Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>The connection was closed before the server confirmed this message.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server diese Nachricht bestätigt hat.</translation>
    </message>
    <message>
        <source>You disconnected before the server confirmed this message.</source>
        <translation>Sie haben die Verbindung getrennt, bevor der Server diese Nachricht bestätigt hat.</translation>
    </message>
    <message>
        <source>Not sent: you disconnected.</source>
        <translation>Nicht gesendet: Sie haben die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost.</source>
        <translation>Nicht gesendet: Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was lost before the server confirmed this message; it may not have been delivered.</source>
        <translation>Die Verbindung brach ab, bevor der Server diese Nachricht bestätigt hat; sie wurde vielleicht nicht zugestellt.</translation>
    </message>
    <message>
        <source>Not sent: disconnected from the server.</source>
        <translation>Nicht gesendet: Vom Server getrennt.</translation>
    </message>
    <message>
        <source>Not sent: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht gesendet: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the password.</source>
        <translation>Nicht gesendet: Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the name.</source>
        <translation>Nicht gesendet: Der Server hat den Namen abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the sign-in.</source>
        <translation>Nicht gesendet: Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Chinwag::PendingLinesBar</name>
    <message>
        <source>&amp;Stop Sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Drop the lines that have not gone out yet.</source>
        <translation>Die noch nicht gesendeten Zeilen verwerfen.</translation>
    </message>
    <message>
        <source>Sending the pasted lines one by one; still to go: %1</source>
        <translation>Die eingefügten Zeilen werden einzeln gesendet; noch ausstehend: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::PeoplePane</name>
    <message>
        <source>Double-click someone to talk to them alone.</source>
        <translation>Doppelklicken Sie auf jemanden, um allein mit ihm zu sprechen.</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>What the others read while you are away</source>
        <translation>Was die anderen lesen, solange Sie abwesend sind</translation>
    </message>
    <message>
        <source>Set me away after this long without input:</source>
        <translation>Als abwesend melden nach so langer Untätigkeit:</translation>
    </message>
    <message>
        <source>Away message:</source>
        <translation>Abwesenheitsnachricht:</translation>
    </message>
    <message>
        <source>Typing, clicking or moving the mouse in Chinwag brings you back.</source>
        <translation>Tippen, Klicken oder eine Mausbewegung in Chinwag meldet Sie wieder zurück.</translation>
    </message>
    <message>
        <source>away from the keyboard</source>
        <translation>nicht am Platz</translation>
    </message>
</context>
<context>
    <name>Chinwag::QuickSwitcher</name>
    <message>
        <source>Jump to a Conversation</source>
        <translation>Zu einer Unterhaltung springen</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>Springen zu …</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisConnection</name>
    <message>
        <source>cannot connect to Redis at %1: out of memory</source>
        <translation>Keine Verbindung zu Redis unter %1: kein Speicher frei</translation>
    </message>
    <message>
        <source>cannot connect to Redis at %1: %2</source>
        <translation>Keine Verbindung zu Redis unter %1: %2</translation>
    </message>
    <message>
        <source>lost the connection to Redis at %1: %2</source>
        <translation>Die Verbindung zu Redis unter %1 ist abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisLink</name>
    <message numerus="yes">
        <source>Redis at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>Redis unter %1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>Redis unter %1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot find the Redis host %1: %2</source>
        <translation>Der Redis-Host %1 wurde nicht gefunden: %2</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisUrl</name>
    <message>
        <source>&quot;%1&quot; is not a URL such as redis://127.0.0.1:6379</source>
        <translation>„%1“ ist keine URL wie redis://127.0.0.1:6379</translation>
    </message>
    <message>
        <source>%1: TLS to Redis is not supported (Debian&apos;s hiredis 0.14 has no TLS); use redis:// on a trusted network</source>
        <translation>%1: TLS zu Redis wird nicht unterstützt (Debians hiredis 0.14 kann kein TLS); verwenden Sie redis:// in einem vertrauenswürdigen Netz</translation>
    </message>
    <message>
        <source>%1 is not a Redis URL: it must start with redis://</source>
        <translation>%1 ist keine Redis-URL: Sie muss mit redis:// beginnen</translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 nennt keinen Host</translation>
    </message>
    <message>
        <source>%1: a user or password for Redis is not supported yet</source>
        <translation>%1: Ein Benutzer oder Passwort für Redis wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: a path (a database number) is not supported; the cluster uses database 0</source>
        <translation>%1: Ein Pfad (eine Datenbanknummer) wird nicht unterstützt; der Cluster verwendet Datenbank 0</translation>
    </message>
    <message>
        <source>%1: options after ? or # are not supported</source>
        <translation>%1: Optionen nach ? oder # werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: port 0 is no port to connect to</source>
        <translation>%1: Port 0 ist kein Port, mit dem man sich verbinden kann</translation>
    </message>
    <message>
        <source>no Redis URL</source>
        <translation>keine Redis-URL</translation>
    </message>
</context>
<context>
    <name>Chinwag::RegistrationCommands</name>
    <message>
        <source>%1 gave a wrong password</source>
        <translation>%1 hat ein falsches Passwort angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave a wrong password (and %n more wrong password(s) since the last record)</source>
        <translation>
            <numerusform>%1 hat ein falsches Passwort angegeben (und %n weiteres falsches Passwort seit dem letzten Eintrag)</numerusform>
            <numerusform>%1 hat ein falsches Passwort angegeben (und %n weitere falsche Passwörter seit dem letzten Eintrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered as %2</source>
        <translation>%1 hat sich als %2 angemeldet</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n held message(s) delivered to %1</source>
        <translation>
            <numerusform>%n zurückgehaltene Nachricht an %1 zugestellt</numerusform>
            <numerusform>%n zurückgehaltene Nachrichten an %1 zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed in as %2</source>
        <translation>%1 hat sich als %2 angemeldet</translation>
    </message>
    <message>
        <source>%1 signed in as %2 (%3 connections)</source>
        <translation>%1 hat sich als %2 angemeldet (%3 Verbindungen)</translation>
    </message>
</context>
<context>
    <name>Chinwag::SearchBar</name>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ServerCommandLine</name>
    <message>
        <source>Run without the monitor window; print the log to stdout.</source>
        <translation>Ohne Überwachungsfenster laufen; das Protokoll auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>The longest line a client may send, in bytes (default: %1).</source>
        <translation>Die längste Zeile, die ein Client senden darf, in Bytes (Standard: %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The password clients must give (PASS) before NAME. Other users of this computer can read a command line: prefer the environment variable %1.</source>
        <translation>Das Passwort, das Clients vor NAME angeben müssen (PASS). Andere Benutzer dieses Rechners können eine Befehlszeile lesen: Verwenden Sie besser die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Speak TLS only, with this certificate (PEM; the server&apos;s first, then its chain). Needs --tls-key.</source>
        <translation>Nur TLS sprechen, mit diesem Zertifikat (PEM; zuerst das des Servers, dann seine Kette). Braucht --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM, not encrypted).</source>
        <translation>Der private Schlüssel zu --tls-cert (PEM, nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>The Chinwag chat server, with a monitor window of its clients, groups and traffic.</source>
        <translation>Der Chinwag-Chat-Server, mit einem Überwachungsfenster für seine Clients, Gruppen und seinen Verkehr.</translation>
    </message>
    <message>
        <source>Connections the server takes at once (default: %1).</source>
        <translation>Verbindungen, die der Server gleichzeitig annimmt (Standard: %1).</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connections the server takes at once from one IP address (default: %1).</source>
        <translation>Verbindungen, die der Server gleichzeitig von einer IP-Adresse annimmt (Standard: %1).</translation>
    </message>
    <message>
        <source>Groups one user may be in (default: %1).</source>
        <translation>Gruppen, in denen ein Benutzer sein darf (Standard: %1).</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Members one group may hold (default: %1).</source>
        <translation>Mitglieder, die eine Gruppe haben darf (Standard: %1).</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Lines a client may send at once before flood control delays them (default: %1).</source>
        <translation>Zeilen, die ein Client auf einmal senden darf, bevor die Flutkontrolle sie verzögert (Standard: %1).</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Lines delayed in one episode of flooding before the client is disconnected (default: %1).</source>
        <translation>Zeilen, die während einer Flut verzögert werden, bevor die Verbindung des Clients getrennt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Bytes queued for a client that does not read before it is disconnected (default: %1).</source>
        <translation>Bytes, die sich für einen Client, der nicht liest, ansammeln dürfen, bevor seine Verbindung getrennt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Seconds a connection has to register with NAME (default: %1).</source>
        <translation>Sekunden, die eine Verbindung hat, um sich mit NAME anzumelden (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Seconds of silence after which a client is sent PING (default: %1).</source>
        <translation>Sekunden der Stille, nach denen ein Client PING erhält (Standard: %1).</translation>
    </message>
    <message>
        <source>Seconds a client has to answer PING before it is disconnected (default: %1).</source>
        <translation>Sekunden, die ein Client hat, um auf PING zu antworten, bevor seine Verbindung getrennt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>The address to listen on (default: 127.0.0.1).</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>The port to listen on (default: %1; 0 picks a free one).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard: %1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most a host and a port.</source>
        <translation>Zu viele Argumente: Geben Sie höchstens einen Host und einen Port an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: use a number from 0 to 65535.</source>
        <translation>„%1“ ist kein Port: Verwenden Sie eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 erwartet eine Anzahl %2 von %3 bis %4.</translation>
    </message>
    <message>
        <source>--password takes a text that is not empty.</source>
        <translation>--password erwartet einen Text, der nicht leer ist.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1.</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the key %1.</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no private key in PEM that is not encrypted.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>--data and --no-history exclude each other.</source>
        <translation>--data und --no-history schließen einander aus.</translation>
    </message>
    <message>
        <source>--data takes the path of a file.</source>
        <translation>--data erwartet den Pfad einer Datei.</translation>
    </message>
    <message>
        <source>The file that keeps the history, the accounts and the messages held for offline accounts (default: %1). %2 keeps them only while the server runs.</source>
        <translation>Die Datei, die den Verlauf, die Konten und die für Konten offline aufbewahrten Nachrichten hält (Vorgabe: %1). %2 hält sie nur, solange der Server läuft.</translation>
    </message>
    <message>
        <source>Keep no history: HISTORY is refused, there are no accounts, and messages to offline users are not held.</source>
        <translation>Keinen Verlauf führen: HISTORY wird abgelehnt, es gibt keine Konten, und Nachrichten an Benutzer, die offline sind, werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Take no guests: everyone signs in to an account (SIGNIN, SIGNUP).</source>
        <translation>Keine Gäste annehmen: alle melden sich bei einem Konto an (SIGNIN, SIGNUP).</translation>
    </message>
    <message>
        <source>Connections one account may be signed in on at once (default: %1).</source>
        <translation>Verbindungen, auf denen ein Konto zugleich angemeldet sein darf (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Passes of Argon2id over its memory when a password is hashed (default: %1).</source>
        <translation>Durchläufe von Argon2id über seinen Speicher beim Hashen eines Passworts (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Memory Argon2id uses to hash one password, in KiB (default: %1).</source>
        <translation>Speicher, den Argon2id für das Hashen eines Passworts braucht, in KiB (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>--accounts-required needs a history, where the accounts are kept.</source>
        <translation>--accounts-required braucht einen Verlauf, in dem die Konten geführt werden.</translation>
    </message>
    <message>
        <source>Lines per second a client may send after its burst; 0 turns flood control off, of lines and bytes (default: %1).</source>
        <translation>Zeilen pro Sekunde, die ein Client nach seinem Schub senden darf; 0 schaltet die Flutkontrolle ab, für Zeilen und Bytes (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Bytes queued for a client beyond which it is disconnected at once, reading or not (default: %1).</source>
        <translation>Bytes in der Warteschlange eines Clients, ab denen er sofort getrennt wird, ob er liest oder nicht (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Seconds a client with more than --max-queued bytes waiting may take none of them before it is disconnected (default: %1).</source>
        <translation>Sekunden, die ein Client mit mehr als --max-queued wartenden Bytes keines davon abnehmen darf, bevor er getrennt wird (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Bytes a client may send at once before flood control delays its lines (default: %1).</source>
        <translation>Bytes, die ein Client auf einmal senden darf, bevor die Flutkontrolle seine Zeilen verzögert (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Bytes per second a client may send after its burst; 0 counts no bytes (default: %1).</source>
        <translation>Bytes pro Sekunde, die ein Client nach seinem Schub senden darf; 0 zählt keine Bytes (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Connections the system queues before the server accepts them; 0 takes the system&apos;s maximum, net.core.somaxconn (default: %1).</source>
        <translation>Verbindungen, die das System einreiht, bevor der Server sie annimmt; 0 nimmt das Maximum des Systems, net.core.somaxconn (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Messages kept for one offline account before senders are refused (default: %1).</source>
        <translation>Nachrichten, die für ein abwesendes Konto aufbewahrt werden, bevor Absender abgewiesen werden (Standard: %1).</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Bytes of text kept for one offline account before senders are refused (default: %1).</source>
        <translation>Bytes an Text, die für ein abwesendes Konto aufbewahrt werden, bevor Absender abgewiesen werden (Standard: %1).</translation>
    </message>
    <message>
        <source>Days the history keeps a message; 0 keeps it whatever its age (default: %1).</source>
        <translation>Tage, die der Verlauf eine Nachricht aufbewahrt; 0 bewahrt sie unabhängig vom Alter auf (Standard: %1).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>MiB the history may take before its oldest messages are removed; 0 sets no cap (default: %1).</source>
        <translation>MiB, die der Verlauf belegen darf, bevor seine ältesten Nachrichten entfernt werden; 0 setzt keine Grenze (Standard: %1).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Deliver and acknowledge a message only once it is written to the history, so that a crash loses none that was acknowledged.</source>
        <translation>Eine Nachricht erst zustellen und bestätigen, wenn sie in den Verlauf geschrieben ist, damit ein Absturz keine bestätigte verliert.</translation>
    </message>
    <message>
        <source>--store-before-ack needs a history to store the messages in.</source>
        <translation>--store-before-ack braucht einen Verlauf, in dem die Nachrichten gespeichert werden.</translation>
    </message>
    <message>
        <source>Milliseconds of pause after a first command sent without a line end, after which the client&apos;s lines are read as a write each (the seed exercise&apos;s client); 0 reads lines by their ends only (default: %1).</source>
        <translation>Millisekunden Pause nach einem ersten Befehl ohne Zeilenende, nach denen die Zeilen des Clients als je ein Schreibvorgang gelesen werden (der Client der Ausgangsübung); 0 liest Zeilen nur an ihrem Ende (Standard: %1).</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Seconds a connection to the TLS port has to finish its handshake (default: %1).</source>
        <translation>Sekunden, die eine Verbindung zum TLS-Port für ihren Handshake hat (Standard: %1).</translation>
    </message>
    <message>
        <source>Also listen on this port, on the same address, for IRC clients (irssi, WeeChat, …), with TLS too when --tls-cert is given; 0 picks a free one.</source>
        <translation>Auch auf diesem Port, an derselben Adresse, auf IRC-Clients (irssi, WeeChat, …) warten, mit --tls-cert ebenfalls über TLS; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>Chinwag::ServerConnection</name>
    <message>
        <source>Dropped a line from the server that is longer than %1 bytes.</source>
        <translation>Eine Zeile vom Server mit mehr als %1 Byte wurde verworfen.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>Chinwag::Session</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not register within %n second(s) and was disconnected</source>
        <translation>
            <numerusform>%1 hat sich nicht innerhalb von %n Sekunde angemeldet, die Verbindung wurde getrennt</numerusform>
            <numerusform>%1 hat sich nicht innerhalb von %n Sekunden angemeldet, die Verbindung wurde getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer PING within %n second(s) and was disconnected</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde auf PING geantwortet, die Verbindung wurde getrennt</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden auf PING geantwortet, die Verbindung wurde getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending too fast and was disconnected</source>
        <translation>%1 hat weiter zu schnell gesendet, die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>%1 is sending too fast: its lines are delayed</source>
        <translation>%1 sendet zu schnell: Seine Zeilen werden verzögert</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a line longer than %n byte(s)</source>
        <translation>
            <numerusform>%1 hat eine Zeile gesendet, die länger als %n Byte ist</numerusform>
            <numerusform>%1 hat eine Zeile gesendet, die länger als %n Bytes ist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent a line that is not UTF-8</source>
        <translation>%1 hat eine Zeile gesendet, die kein UTF-8 ist</translation>
    </message>
    <message>
        <source>%1 sent a line with a control character</source>
        <translation>%1 hat eine Zeile mit einem Steuerzeichen gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more such record(s) from this client)</source>
        <translation>
            <numerusform>%1 (und %n weiterer solcher Eintrag von diesem Client)</numerusform>
            <numerusform>%1 (und %n weitere solche Einträge von diesem Client)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fell too far behind and was disconnected: %2 bytes were queued for it (SLOW_READER)</source>
        <translation>%1 ist zu weit zurückgefallen und wurde getrennt: %2 Bytes warteten auf ihn (SLOW_READER)</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped reading and was disconnected: %2 bytes were queued for it, and it took none for %n second(s) (SLOW_READER)</source>
        <translation>
            <numerusform>%1 hat aufgehört zu lesen und wurde getrennt: %2 Bytes warteten auf ihn, und er hat %n Sekunde lang keines abgenommen (SLOW_READER)</numerusform>
            <numerusform>%1 hat aufgehört zu lesen und wurde getrennt: %2 Bytes warteten auf ihn, und er hat %n Sekunden lang keines abgenommen (SLOW_READER)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sends its commands without line ends: each write is read as one line</source>
        <translation>%1 sendet seine Befehle ohne Zeilenende: Jeder Schreibvorgang wird als eine Zeile gelesen</translation>
    </message>
</context>
<context>
    <name>Chinwag::SqliteStore</name>
    <message>
        <source>The history cannot be kept in a temporary file: %1</source>
        <translation>Der Verlauf kann nicht in einer temporären Datei gehalten werden: %1</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): the folder %2 cannot be made</source>
        <translation>Der Verlauf kann nicht geöffnet werden (%1): Der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): another server uses it (process %2)</source>
        <translation>Der Verlauf kann nicht geöffnet werden (%1): Ein anderer Server verwendet ihn (Prozess %2)</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): its lock file cannot be made</source>
        <translation>Der Verlauf kann nicht geöffnet werden (%1): Seine Sperrdatei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Chinwag::TlsListener</name>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>er wurde nicht innerhalb von %n Sekunde abgeschlossen</numerusform>
            <numerusform>er wurde nicht innerhalb von %n Sekunden abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chinwag::TrafficGraph</name>
    <message>
        <source>Messages per second over the last minute</source>
        <translation>Nachrichten pro Sekunde in der letzten Minute</translation>
    </message>
    <message>
        <source>peak %1/s</source>
        <translation>Spitze %1/s</translation>
    </message>
</context>
<context>
    <name>Chinwag::TypingLabel</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 und %3 schreiben…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Mehrere Personen schreiben…</translation>
    </message>
</context>
<context>
    <name>Chinwag::UserDelegate</name>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>%1 (away: %2)</source>
        <translation>%1 (abwesend: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chinwag&apos;s desktop chat client.</source>
        <translation>Chinwags Chat-Programm für den Desktop.</translation>
    </message>
    <message>
        <source>There is no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Es gibt keinen Bildschirm, auf dem sich ein Fenster öffnen ließe: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt.</translation>
    </message>
    <message>
        <source>no display: running headless</source>
        <translation>keine Anzeige: läuft ohne Fenster</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
</TS>
