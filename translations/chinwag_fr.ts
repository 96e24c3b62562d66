<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Chinwag::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Copyright © the Chinwag developers.</source>
        <translation>Copyright © les développeurs de Chinwag.</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty; see the License tab.</source>
        <translation>Ce programme est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie&#xa0;; voir l’onglet Licence.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountCommands</name>
    <message>
        <source>%1 gave a wrong password for the account %2</source>
        <translation>%1 a donné un mauvais mot de passe pour le compte %2</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to %1 or from %2 is locked out for %n minute(s) after repeated wrong passwords</source>
        <translation>
            <numerusform>La connexion à %1 ou depuis %2 est bloquée pendant %n minute après des mots de passe erronés répétés</numerusform>
            <numerusform>La connexion à %1 ou depuis %2 est bloquée pendant %n minutes après des mots de passe erronés répétés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made the account %2</source>
        <translation>%1 a créé le compte %2</translation>
    </message>
    <message>
        <source>%1 made the name %2 an account</source>
        <translation>%1 a fait du nom %2 un compte</translation>
    </message>
    <message>
        <source>%1 changed the password of the account %2</source>
        <translation>%1 a changé le mot de passe du compte %2</translation>
    </message>
    <message>
        <source>%1 deleted the account %2</source>
        <translation>%1 a supprimé le compte %2</translation>
    </message>
    <message>
        <source>The operator locked the account %1</source>
        <translation>L’opérateur a verrouillé le compte %1</translation>
    </message>
    <message>
        <source>The operator unlocked the account %1</source>
        <translation>L’opérateur a déverrouillé le compte %1</translation>
    </message>
    <message>
        <source>The operator deleted the account %1</source>
        <translation>L’opérateur a supprimé le compte %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter du compte</translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountSync</name>
    <message>
        <source>Restored %1 conversations from the server, %2 unread messages</source>
        <translation>%1 conversations restaurées depuis le serveur, %2 messages non lus</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountsModel</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>Chinwag::AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Sign the account out everywhere and refuse its sign-ins</source>
        <translation>Déconnecter le compte partout et refuser ses connexions</translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation>Laisser le compte se connecter de nouveau</translation>
    </message>
    <message>
        <source>Delete the account and what is private to it</source>
        <translation>Supprimer le compte et ce qui lui est privé</translation>
    </message>
    <message>
        <source>Delete the account %1?</source>
        <translation>Supprimer le compte %1 ?</translation>
    </message>
    <message>
        <source>The account %1 is deleted with the messages held for it, its memberships and its read positions, and its connections are closed. The direct messages it exchanged stay with the other side. The name is free again.</source>
        <translation>Le compte %1 est supprimé avec les messages gardés pour lui, ses adhésions et ses positions de lecture, et ses connexions sont fermées. Les messages directs qu’il a échangés restent chez l’autre partie. Le nom est de nouveau libre.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Chinwag::AdminConsole</name>
    <message>
        <source>That line is too long for a command.</source>
        <translation>Cette ligne est trop longue pour une commande.</translation>
    </message>
    <message>
        <source>Commands: accounts; lock &lt;name&gt;; unlock &lt;name&gt;; delete &lt;name&gt;; help</source>
        <translation>Commandes : accounts ; lock &lt;nom&gt; ; unlock &lt;nom&gt; ; delete &lt;nom&gt; ; help</translation>
    </message>
    <message>
        <source>This server keeps no accounts (it runs without a history).</source>
        <translation>Ce serveur ne tient pas de comptes (il fonctionne sans historique).</translation>
    </message>
    <message>
        <source>%1  created %2  last seen %3%4</source>
        <translation>%1  créé %2  vu pour la dernière fois %3%4</translation>
    </message>
    <message>
        <source>  locked</source>
        <translation>  verrouillé</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; type help for the commands.</source>
        <translation>Commande inconnue « %1 » ; tapez help pour les commandes.</translation>
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
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>Unverified Server Certificate</source>
        <translation>Certificat de serveur non vérifié</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not the one you trusted before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone may be intercepting the connection to read or change what you say. Do not connect unless the server&apos;s operator told you that the certificate has changed, and the fingerprint below is the new one they gave you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 n&apos;est pas celui auquel vous avez fait confiance auparavant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu&apos;un intercepte peut-être la connexion pour lire ou modifier ce que vous écrivez. Ne vous connectez que si l&apos;opérateur du serveur vous a dit que le certificat a changé, et que l&apos;empreinte ci-dessous est la nouvelle qu&apos;il vous a donnée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 could not be verified:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;A server may use a certificate it made itself. Trust it only if its fingerprint below is the one the server&apos;s operator gave you; it is then remembered for this server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 n&apos;a pas pu être vérifié :&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Un serveur peut utiliser un certificat qu&apos;il a créé lui-même. Ne lui faites confiance que si son empreinte ci-dessous est celle que l&apos;opérateur du serveur vous a donnée ; il est alors retenu pour ce serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Approuvée auparavant :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>&amp;Trust the New Certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Has Expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Is Not Valid Yet</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>&lt;p&gt;You trusted this certificate before, but trust does not outlast its dates: ask the server&apos;s operator for a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous avez déjà fait confiance à ce certificat, mais la confiance ne dure pas au-delà de ses dates de validité : demandez-en un nouveau à l&apos;opérateur du serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 expired on %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;An expired certificate no longer proves who the server is. Connect only if you are sure that nobody is in between.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 a expiré le %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Un certificat expiré ne prouve plus qui est le serveur. Ne vous connectez que si vous êtes sûr que personne ne s&apos;interpose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is valid only from %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Either this computer&apos;s clock is wrong, or the certificate was made with a wrong date. Connect only if you are sure that nobody is in between.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 n&apos;est valide qu&apos;à partir du %2.&lt;/b&gt;&lt;/p&gt;%3&lt;p&gt;Soit l&apos;horloge de cet ordinateur est fausse, soit le certificat a été établi avec une date erronée. Ne vous connectez que si vous êtes sûr que personne ne s&apos;interpose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect Anyway</source>
        <translation>Se &amp;connecter quand même</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Your other devices stay signed in; they ask for the new password next time.</source>
        <translation>Vos autres appareils restent connectés ; ils demanderont le nouveau mot de passe la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatClient</name>
    <message>
        <source>not connected to the server</source>
        <translation>pas de connexion au serveur</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 from %2 in %3, %n characters</source>
        <translation>
            <numerusform>Message %1 de %2 dans %3, %n caractère</numerusform>
            <numerusform>Message %1 de %2 dans %3, %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatServer</name>
    <message>
        <source>Could not accept a connection: %1</source>
        <translation>Impossible d&apos;accepter une connexion : %1</translation>
    </message>
    <message>
        <source>The server is still stopping.</source>
        <translation>Le serveur est encore en train de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>TLS handshake with %1 failed: %2 (and %n more failed handshake(s) since the last record)</source>
        <translation>
            <numerusform>Échec de la négociation TLS avec %1 : %2 (et %n autre négociation échouée depuis l&apos;entrée précédente)</numerusform>
            <numerusform>Échec de la négociation TLS avec %1 : %2 (et %n autres négociations échouées depuis l&apos;entrée précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is listening already.</source>
        <translation>Le serveur écoute déjà.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt has no TLS backend here.</source>
        <translation>TLS n&apos;est pas disponible : Qt n&apos;a pas de moteur TLS ici.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>My server has started on %1 (TLS)</source>
        <translation>Mon serveur a démarré sur %1 (TLS)</translation>
    </message>
    <message>
        <source>My server has started on %1</source>
        <translation>Mon serveur a démarré sur %1</translation>
    </message>
    <message>
        <source>%1 was kicked</source>
        <translation>%1 a été expulsé</translation>
    </message>
    <message>
        <source>%1 was kicked: %2</source>
        <translation>%1 a été expulsé : %2</translation>
    </message>
    <message numerus="yes">
        <source>Notice to %n client(s): %1</source>
        <translation>
            <numerusform>Avis à %n client : %1</numerusform>
            <numerusform>Avis à %n clients : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Client has connected from %1</source>
        <translation>Un client s&apos;est connecté depuis %1</translation>
    </message>
    <message>
        <source>Total Clients = %1</source>
        <translation>Total des clients = %1</translation>
    </message>
    <message>
        <source>Refused a connection from %1: %2 (SERVER_FULL)</source>
        <translation>Connexion de %1 refusée : %2 (SERVER_FULL)</translation>
    </message>
    <message numerus="yes">
        <source>Refused a connection from %1: %2 (SERVER_FULL; and %n more refused since the last record)</source>
        <translation>
            <numerusform>Connexion de %1 refusée : %2 (SERVER_FULL ; et %n autre refusée depuis l&apos;entrée précédente)</numerusform>
            <numerusform>Connexion de %1 refusée : %2 (SERVER_FULL ; et %n autres refusées depuis l&apos;entrée précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Client has disconnected: %1</source>
        <translation>Un client s&apos;est déconnecté : %1</translation>
    </message>
    <message>
        <source>Client has disconnected: %1, %2</source>
        <translation>Un client s&apos;est déconnecté : %1, %2</translation>
    </message>
    <message>
        <source>server has stopped</source>
        <translation>le serveur s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Writing the history fell behind: reading from the clients waits until it catches up</source>
        <translation>L’écriture de l’historique a pris du retard : la lecture des clients attend qu’elle le rattrape</translation>
    </message>
    <message>
        <source>Writing the history caught up</source>
        <translation>L’écriture de l’historique a rattrapé son retard</translation>
    </message>
    <message>
        <source>The history is written again</source>
        <translation>L’historique est de nouveau écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be kept in the history while writing failed</source>
        <translation>
            <numerusform>%n message n’a pas pu être gardé dans l’historique pendant l’échec de l’écriture</numerusform>
            <numerusform>%n messages n’ont pas pu être gardés dans l’historique pendant l’échec de l’écriture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n old message(s) from the history</source>
        <translation>
            <numerusform>La rétention a retiré %n ancien message de l’historique</numerusform>
            <numerusform>La rétention a retiré %n anciens messages de l’historique</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spoke plain text to the TLS port and was told to use TLS</source>
        <translation>%1 a parlé en clair au port TLS et a été invité à utiliser TLS</translation>
    </message>
    <message numerus="yes">
        <source>%1 spoke plain text to the TLS port and was told to use TLS (and %n more such connection(s) since the last record)</source>
        <translation>
            <numerusform>%1 a parlé en clair au port TLS et a été invité à utiliser TLS (et %n autre connexion de ce genre depuis l&apos;entrée précédente)</numerusform>
            <numerusform>%1 a parlé en clair au port TLS et a été invité à utiliser TLS (et %n autres connexions de ce genre depuis l&apos;entrée précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>The history&apos;s file was removed while the server ran: it is written again, whole, from the copy the server still had open</source>
        <translation>Le fichier de l’historique a été supprimé pendant que le serveur tournait : il est réécrit en entier à partir de la copie que le serveur avait encore ouverte</translation>
    </message>
    <message>
        <source>IRC clients may connect on %1 (TLS)</source>
        <translation>Les clients IRC peuvent se connecter sur %1 (TLS)</translation>
    </message>
    <message>
        <source>IRC clients may connect on %1</source>
        <translation>Les clients IRC peuvent se connecter sur %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatSession</name>
    <message>
        <source>Notice from the server: %1</source>
        <translation>Avis du serveur : %1</translation>
    </message>
    <message>
        <source>You are now known as %1.</source>
        <translation>Vous vous appelez maintenant %1.</translation>
    </message>
    <message>
        <source>You are no longer in this group: the connection was lost.</source>
        <translation>Vous ne faites plus partie de ce groupe : la connexion a été perdue.</translation>
    </message>
    <message>
        <source>Reconnected as %1.</source>
        <translation>Reconnecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connected to %1:%2 as %3.</source>
        <translation>Connecté à %1:%2 en tant que %3.</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 est arrivé.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 est parti.</translation>
    </message>
    <message>
        <source>%1 left (%2).</source>
        <translation>%1 est parti (%2).</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 s&apos;appelle maintenant %2.</translation>
    </message>
    <message>
        <source>You made the group %1.</source>
        <translation>Vous avez créé le groupe %1.</translation>
    </message>
    <message>
        <source>You made the group %1 with %2.</source>
        <translation>Vous avez créé le groupe %1 avec %2.</translation>
    </message>
    <message>
        <source>%1 made the group %2 with %3.</source>
        <translation>%1 a créé le groupe %2 avec %3.</translation>
    </message>
    <message>
        <source>%1 added you to the group %2.</source>
        <translation>%1 vous a ajouté au groupe %2.</translation>
    </message>
    <message>
        <source>You added %1 to the group.</source>
        <translation>Vous avez ajouté %1 au groupe.</translation>
    </message>
    <message>
        <source>%1 added %2 to the group.</source>
        <translation>%1 a ajouté %2 au groupe.</translation>
    </message>
    <message>
        <source>%1 left the group.</source>
        <translation>%1 a quitté le groupe.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Vous ne faites plus partie de ce groupe.</translation>
    </message>
    <message>
        <source>You joined the group %1.</source>
        <translation>Vous avez rejoint le groupe %1.</translation>
    </message>
    <message>
        <source>%1 joined the group.</source>
        <translation>%1 a rejoint le groupe.</translation>
    </message>
    <message>
        <source>You removed yourself from the group.</source>
        <translation>Vous vous êtes retiré du groupe.</translation>
    </message>
    <message>
        <source>%1 removed you from the group.</source>
        <translation>%1 vous a retiré du groupe.</translation>
    </message>
    <message>
        <source>%1 removed you from the group: %2</source>
        <translation>%1 vous a retiré du groupe : %2</translation>
    </message>
    <message>
        <source>You removed %1 from the group.</source>
        <translation>Vous avez retiré %1 du groupe.</translation>
    </message>
    <message>
        <source>You removed %1 from the group: %2</source>
        <translation>Vous avez retiré %1 du groupe : %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group.</source>
        <translation>%1 a retiré %2 du groupe.</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group: %3</source>
        <translation>%1 a retiré %2 du groupe : %3</translation>
    </message>
    <message>
        <source>You own the group now.</source>
        <translation>Le groupe vous appartient désormais.</translation>
    </message>
    <message>
        <source>%1 owns the group now.</source>
        <translation>Le groupe appartient désormais à %1.</translation>
    </message>
    <message>
        <source>The group is public now: anyone may join it.</source>
        <translation>Le groupe est désormais public : tout le monde peut le rejoindre.</translation>
    </message>
    <message>
        <source>The group is private now: only those invited may join it.</source>
        <translation>Le groupe est désormais privé : seules les personnes invitées peuvent le rejoindre.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ChatWindow</name>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Chargement des messages précédents…</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Jump to Conversation…</source>
        <translation>&amp;Aller à une conversation…</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Rechercher dans la conversation…</translation>
    </message>
    <message>
        <source>Set &amp;Away…</source>
        <translation>Me signaler &amp;absent…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Chinwag Client</source>
        <translation>À &amp;propos de Chinwag Client</translation>
    </message>
    <message>
        <source>Chinwag Client</source>
        <translation>Chinwag Client</translation>
    </message>
    <message>
        <source>A desktop chat client: talk to everyone on a Chinwag server, to one person, or in private groups.</source>
        <translation>Un client de discussion de bureau : parlez à tout le monde sur un serveur Chinwag, à une personne ou dans des groupes privés.</translation>
    </message>
    <message>
        <source>Set Away</source>
        <translation>Me signaler absent</translation>
    </message>
    <message>
        <source>What the others read while you are away:</source>
        <translation>Ce que les autres lisent pendant votre absence :</translation>
    </message>
    <message>
        <source>Set &amp;Away</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 dans #%2</translation>
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
        <translation>Le certificat du serveur a changé depuis que vous lui avez fait confiance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>Ignored a line from the server that could not be read (%1): %2</source>
        <translation>Ligne illisible du serveur ignorée (%1) : %2</translation>
    </message>
    <message>
        <source>The server still holds the name %1 for the lost connection.</source>
        <translation>Le serveur réserve encore le nom %1 à la connexion perdue.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 ms: %2</source>
        <translation>Reconnexion dans %1 ms : %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The server is too busy to sign you in; trying again soon.</source>
        <translation>Le serveur est trop occupé pour vous connecter ; nouvel essai dans un instant.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ClientsModel</name>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Absent : %1</translation>
    </message>
    <message>
        <source>(unregistered)</source>
        <translation>(non inscrit)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msg reçus</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msg envoyés</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>account, %1 connections</source>
        <translation>compte, %1 connexions</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Parle</translation>
    </message>
</context>
<context>
    <name>Chinwag::CommandTracker</name>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>La réponse du serveur était illisible.</translation>
    </message>
    <message>
        <source>Ignored a reply that answers no command: %1</source>
        <translation>Réponse à aucune commande ignorée : %1</translation>
    </message>
    <message>
        <source>The reply %1 does not answer %2.</source>
        <translation>La réponse %1 ne répond pas à %2.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectDialog</name>
    <message>
        <source>Use &amp;TLS: encrypt the connection</source>
        <translation>Utiliser &amp;TLS : chiffrer la connexion</translation>
    </message>
    <message>
        <source>Connect to a Chinwag Server</source>
        <translation>Se connecter à un serveur Chinwag</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d&apos;hôte ou adresse</translation>
    </message>
    <message>
        <source>how others will see you</source>
        <translation>ce que les autres verront</translation>
    </message>
    <message>
        <source>only if the server has one</source>
        <translation>seulement si le serveur en a un</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Chat with everyone on a server, with one person, or in private groups.</source>
        <translation>Discutez avec tout le monde sur un serveur, avec une personne ou dans des groupes privés.</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation>1 à 32 lettres, chiffres, « _ », « - » ou « . », commençant par une lettre.</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Se c&amp;onnecter au compte</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>Créer un c&amp;ompte</translation>
    </message>
    <message>
        <source>Continue as a &amp;guest</source>
        <translation>Continuer en tant qu&apos;&amp;invité</translation>
    </message>
    <message>
        <source>R&amp;emember the passwords in the keychain</source>
        <translation>&amp;Mémoriser les mots de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Your account keeps your name, your conversations and your groups, on every device.</source>
        <translation>Votre compte conserve votre nom, vos conversations et vos groupes, sur chaque appareil.</translation>
    </message>
    <message>
        <source>A guest&apos;s name is free for others once the guest leaves, and nothing is kept for it.</source>
        <translation>Le nom d&apos;un invité est libre pour les autres dès qu&apos;il part, et rien n&apos;est conservé pour lui.</translation>
    </message>
    <message>
        <source>your account&apos;s password</source>
        <translation>le mot de passe de votre compte</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>le même à nouveau</translation>
    </message>
    <message>
        <source>The passwords are kept in the desktop&apos;s keychain, never in the settings file. Without this, they are asked for again next time.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du bureau, jamais dans le fichier de réglages. Sans cette option, ils sont redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop: passwords are not remembered, and are asked for again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce bureau : les mots de passe ne sont pas mémorisés et sont redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>Without TLS, the passwords travel unencrypted.</source>
        <translation>Sans TLS, les mots de passe circulent en clair.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Ser&amp;ver&apos;s password:</source>
        <translation>Mot de passe du ser&amp;veur :</translation>
    </message>
    <message>
        <source>The name %1 belongs to an account. If it is yours, enter its password and sign in; otherwise choose another name.</source>
        <translation>Le nom %1 appartient à un compte. S&apos;il est à vous, saisissez son mot de passe et connectez-vous ; sinon, choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no account named %1 on this server. To make one, choose &quot;Create an account&quot;.</source>
        <translation>Il n&apos;y a pas de compte nommé %1 sur ce serveur. Pour en créer un, choisissez « Créer un compte ».</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer le compte</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectPrompt</name>
    <message>
        <source>No keychain is available: your password is not remembered, and will be asked for next time.</source>
        <translation>Aucun trousseau n&apos;est disponible : votre mot de passe n&apos;est pas mémorisé et sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectionBanner</name>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Se reconnecter &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Stop Trying</source>
        <translation>&amp;Arrêter d&apos;essayer</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s…</source>
        <translation>%1 Nouvel essai dans %2 s…</translation>
    </message>
    <message>
        <source>%1 Trying again now…</source>
        <translation>%1 Nouvel essai en cours…</translation>
    </message>
    <message>
        <source>You were disconnected. %1</source>
        <translation>Vous avez été déconnecté. %1</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Non connecté. %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConnectionStatus</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Identification…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Server %1:%2, encrypted</source>
        <translation>Serveur %1:%2, chiffré</translation>
    </message>
    <message>
        <source>Server %1:%2</source>
        <translation>Serveur %1:%2</translation>
    </message>
    <message>
        <source>Signed in as %1 · away</source>
        <translation>Connecté en tant que %1 · absent</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationDelegate</name>
    <message>
        <source>Direct messages</source>
        <translation>Messages directs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationListModel</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>Chinwag::ConversationPane</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Send %1 Messages?</source>
        <translation>Envoyer %1 messages ?</translation>
    </message>
    <message>
        <source>The text has %1 lines. Each line goes as its own message, a few every second, to %2.</source>
        <translation>Le texte compte %1 lignes. Chaque ligne part comme un message distinct vers %2, quelques-unes par seconde.</translation>
    </message>
    <message>
        <source>&amp;Send All</source>
        <translation>&amp;Tout envoyer</translation>
    </message>
    <message>
        <source>Everyone on this server · %1 online</source>
        <translation>Tout le monde sur ce serveur · %1 en ligne</translation>
    </message>
    <message>
        <source>Everyone on this server</source>
        <translation>Tout le monde sur ce serveur</translation>
    </message>
    <message>
        <source>Not online: messages are kept for them if they have been here before.</source>
        <translation>Hors ligne : les messages sont gardés si la personne est déjà venue ici.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Private group of %1</source>
        <translation>Groupe privé de %1</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Vous ne faites plus partie de ce groupe.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>You are no longer in this group</source>
        <translation>Vous ne faites plus partie de ce groupe</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Message à %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::DeleteAccountDialog</name>
    <message>
        <source>Delete Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the account &lt;b&gt;%1&lt;/b&gt; on %2?&lt;/p&gt;&lt;p&gt;Deleted with it: the messages kept for you while you were offline, your place in every group, and how far you have read each conversation. The direct messages you exchanged stay with the people you wrote to. The name %1 is free for anyone afterwards.&lt;/p&gt;&lt;p&gt;This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Supprimer le compte &lt;b&gt;%1&lt;/b&gt; sur %2 ?&lt;/p&gt;&lt;p&gt;Sont supprimés avec lui : les messages gardés pour vous pendant que vous étiez hors ligne, votre place dans chaque groupe et où vous en êtes de la lecture de chaque conversation. Les messages directs que vous avez échangés restent chez les personnes à qui vous avez écrit. Le nom %1 est ensuite libre pour tout le monde.&lt;/p&gt;&lt;p&gt;Cette action est irréversible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete Account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>Chinwag::DirectoryModel</name>
    <message numerus="yes">
        <source>#%1 · %n member(s) · %2</source>
        <translation>
            <numerusform>#%1 · %n membre · %2</numerusform>
            <numerusform>#%1 · %n membres · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::DirectoryView</name>
    <message>
        <source>&amp;Find Public Groups</source>
        <translation>&amp;Trouver des groupes publics</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Public groups: anyone may join them.</source>
        <translation>Groupes publics : tout le monde peut les rejoindre.</translation>
    </message>
    <message>
        <source>Public groups are open to anyone: find them here.</source>
        <translation>Les groupes publics sont ouverts à tous : trouvez-les ici.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ErrorMessages</name>
    <message>
        <source>Names are 1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, and start with a letter.</source>
        <translation>Les noms ont de 1 à 32 lettres, chiffres, « _ », « - » ou « . » et commencent par une lettre.</translation>
    </message>
    <message>
        <source>Someone else is using that name. Please choose another.</source>
        <translation>Quelqu&apos;un d&apos;autre utilise ce nom. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>You are not signed in to the server yet.</source>
        <translation>Vous n&apos;êtes pas encore identifié auprès du serveur.</translation>
    </message>
    <message>
        <source>The server needs a password.</source>
        <translation>Le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <source>The server&apos;s password was wrong.</source>
        <translation>Le mot de passe du serveur était faux.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Ce groupe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You are not a member of this group.</source>
        <translation>Vous n&apos;êtes pas membre de ce groupe.</translation>
    </message>
    <message>
        <source>A group of that name exists already. Please choose another name.</source>
        <translation>Un groupe de ce nom existe déjà. Veuillez choisir un autre nom.</translation>
    </message>
    <message>
        <source>That user is a member of the group already.</source>
        <translation>Cette personne est déjà membre du groupe.</translation>
    </message>
    <message>
        <source>The group has as many members as it may hold.</source>
        <translation>Le groupe a déjà autant de membres qu&apos;il peut en avoir.</translation>
    </message>
    <message>
        <source>Someone would be in more groups than the server allows.</source>
        <translation>Quelqu&apos;un serait dans plus de groupes que le serveur ne le permet.</translation>
    </message>
    <message>
        <source>The message is too long for the server.</source>
        <translation>Le message est trop long pour le serveur.</translation>
    </message>
    <message>
        <source>The message holds characters that cannot be sent.</source>
        <translation>Le message contient des caractères qui ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>You are sending too fast; your messages are delayed.</source>
        <translation>Vous envoyez trop vite ; vos messages sont retardés.</translation>
    </message>
    <message>
        <source>The server is full.</source>
        <translation>Le serveur est plein.</translation>
    </message>
    <message>
        <source>That is not a conversation the server knows.</source>
        <translation>Le serveur ne connaît pas cette conversation.</translation>
    </message>
    <message>
        <source>The server cannot give that many messages, or from there.</source>
        <translation>Le serveur ne peut pas fournir autant de messages, ou à partir de là.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>The server&apos;s operator disconnected you.</source>
        <translation>L&apos;opérateur du serveur vous a déconnecté.</translation>
    </message>
    <message>
        <source>The server&apos;s operator disconnected you: %1</source>
        <translation>L&apos;opérateur du serveur vous a déconnecté : %1</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Le serveur s&apos;arrête.</translation>
    </message>
    <message>
        <source>The server closed the connection after a silence.</source>
        <translation>Le serveur a fermé la connexion après un silence.</translation>
    </message>
    <message>
        <source>The server disconnected you for sending too fast.</source>
        <translation>Le serveur vous a déconnecté parce que vous envoyiez trop vite.</translation>
    </message>
    <message>
        <source>The server disconnected you because this client fell behind.</source>
        <translation>Le serveur vous a déconnecté parce que ce client avait pris du retard.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>No user of that name is online, and messages are kept only for accounts.</source>
        <translation>Aucun utilisateur de ce nom n’est en ligne, et les messages ne sont gardés que pour les comptes.</translation>
    </message>
    <message>
        <source>That name belongs to an account. Sign in with its password, or choose another name.</source>
        <translation>Ce nom appartient à un compte. Connectez-vous avec son mot de passe, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no account of that name.</source>
        <translation>Il n’y a pas de compte de ce nom.</translation>
    </message>
    <message>
        <source>Passwords are 8 to 128 characters without spaces.</source>
        <translation>Les mots de passe ont de 8 à 128 caractères sans espaces.</translation>
    </message>
    <message>
        <source>This needs an account. Please sign in.</source>
        <translation>Il faut un compte pour cela. Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>You are signed in already.</source>
        <translation>Vous êtes déjà connecté.</translation>
    </message>
    <message>
        <source>Your name is an account already.</source>
        <translation>Votre nom est déjà un compte.</translation>
    </message>
    <message>
        <source>The account is deleted.</source>
        <translation>Le compte est supprimé.</translation>
    </message>
    <message>
        <source>So many messages already wait for this user that no more are kept until they have read them.</source>
        <translation>Tant de messages attendent déjà cet utilisateur qu’aucun autre n’est gardé avant qu’il les ait lus.</translation>
    </message>
    <message>
        <source>The server speaks TLS only on this port. Please connect with TLS.</source>
        <translation>Le serveur ne parle que TLS sur ce port. Veuillez vous connecter avec TLS.</translation>
    </message>
    <message>
        <source>The password is wrong. Please try again.</source>
        <translation>Le mot de passe est incorrect. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait a few seconds, then try again.</source>
        <translation>Trop de mots de passe incorrects. Veuillez patienter quelques secondes, puis réessayer.</translation>
    </message>
    <message>
        <source>Signing in to this account is locked for now, after too many wrong passwords or by the server&apos;s operator. Please try again later.</source>
        <translation>La connexion à ce compte est verrouillée pour le moment, après trop de mots de passe incorrects ou par l&apos;opérateur du serveur. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The account is signed in on as many devices as the server allows. Sign out on one of them, then try again.</source>
        <translation>Le compte est connecté sur autant d&apos;appareils que le serveur le permet. Déconnectez-vous sur l&apos;un d&apos;eux, puis réessayez.</translation>
    </message>
    <message>
        <source>This server has no guests. Please sign in, or create an account.</source>
        <translation>Ce serveur n&apos;accepte pas d&apos;invités. Veuillez vous connecter à un compte ou en créer un.</translation>
    </message>
    <message>
        <source>This server keeps no accounts. Please continue as a guest.</source>
        <translation>Ce serveur ne gère pas de comptes. Veuillez continuer en tant qu&apos;invité.</translation>
    </message>
    <message>
        <source>The server is busy checking passwords. Please try again in a moment.</source>
        <translation>Le serveur est occupé à vérifier des mots de passe. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Votre compte a été supprimé.</translation>
    </message>
    <message>
        <source>The server&apos;s operator locked your account.</source>
        <translation>L&apos;opérateur du serveur a verrouillé votre compte.</translation>
    </message>
    <message>
        <source>The group is private: a member must invite you.</source>
        <translation>Le groupe est privé : un membre doit vous inviter.</translation>
    </message>
    <message>
        <source>Only the group&apos;s owner may do that.</source>
        <translation>Seul le propriétaire du groupe peut faire cela.</translation>
    </message>
</context>
<context>
    <name>Chinwag::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommage</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupCommands</name>
    <message>
        <source>%1 made the group %2</source>
        <translation>%1 a créé le groupe %2</translation>
    </message>
    <message>
        <source>%1 made the group %2 with %3</source>
        <translation>%1 a créé le groupe %2 avec %3</translation>
    </message>
    <message>
        <source>%1 added %2 to the group %3</source>
        <translation>%1 a ajouté %2 au groupe %3</translation>
    </message>
    <message>
        <source>%1 left the group %2</source>
        <translation>%1 a quitté le groupe %2</translation>
    </message>
    <message>
        <source>The group %1 is gone: it has no members left</source>
        <translation>Le groupe %1 n&apos;existe plus : il n&apos;a plus de membres</translation>
    </message>
    <message>
        <source>%1 made the public group %2</source>
        <translation>%1 a créé le groupe public %2</translation>
    </message>
    <message>
        <source>%1 made the public group %2 with %3</source>
        <translation>%1 a créé le groupe public %2 avec %3</translation>
    </message>
    <message>
        <source>%1 joined the group %2</source>
        <translation>%1 a rejoint le groupe %2</translation>
    </message>
    <message>
        <source>%1 made the group %2 public</source>
        <translation>%1 a rendu le groupe %2 public</translation>
    </message>
    <message>
        <source>%1 made the group %2 private</source>
        <translation>%1 a rendu le groupe %2 privé</translation>
    </message>
    <message>
        <source>%1 removed %2 from the group %3</source>
        <translation>%1 a retiré %2 du groupe %3</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupPanel</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>&amp;Leave Group</source>
        <translation>&amp;Quitter le groupe</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Nom…</translation>
    </message>
    <message>
        <source>Members of #%1 · %2</source>
        <translation>Membres de #%1 · %2</translation>
    </message>
    <message>
        <source>Only the members read what is said here.</source>
        <translation>Seuls les membres lisent ce qui se dit ici.</translation>
    </message>
    <message>
        <source>You are no longer in this group.</source>
        <translation>Vous ne faites plus partie de ce groupe.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>&amp;Public: anyone may join</source>
        <translation>&amp;Public : tout le monde peut le rejoindre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Reason (optional)…</source>
        <translation>Motif (facultatif)…</translation>
    </message>
    <message>
        <source>You own this public group: anyone may join it.</source>
        <translation>Ce groupe public vous appartient : tout le monde peut le rejoindre.</translation>
    </message>
    <message>
        <source>You own this group: only the members read what is said here.</source>
        <translation>Ce groupe vous appartient : seuls les membres lisent ce qui se dit ici.</translation>
    </message>
    <message>
        <source>A public group of %1&apos;s: anyone may join it.</source>
        <translation>Un groupe public de %1 : tout le monde peut le rejoindre.</translation>
    </message>
    <message>
        <source>%1&apos;s group: only the members read what is said here.</source>
        <translation>Le groupe de %1 : seuls les membres lisent ce qui se dit ici.</translation>
    </message>
    <message>
        <source>A group is a private conversation of the people you pick, or a public one that anyone may join.</source>
        <translation>Un groupe est une conversation privée entre les personnes que vous choisissez, ou une conversation publique que tout le monde peut rejoindre.</translation>
    </message>
</context>
<context>
    <name>Chinwag::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryDatabase</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>The history could not be read or written</source>
        <translation>L&apos;historique n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>The history cannot be opened</source>
        <translation>L&apos;historique ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install libqt6sql6-sqlite</source>
        <translation>le pilote SQLite de Qt est absent ; installez libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (journal mode %1)</source>
        <translation>SQLite refuse la journalisation anticipée (mode de journal %1)</translation>
    </message>
    <message>
        <source>it was written by a newer Chinwag (schema %1; this server knows up to %2)</source>
        <translation>il a été écrit par un Chinwag plus récent (schéma %1 ; ce serveur connaît les schémas jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>the file holds another program&apos;s database</source>
        <translation>le fichier contient la base de données d&apos;un autre programme</translation>
    </message>
    <message>
        <source>The history could not be written</source>
        <translation>L&apos;historique n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>L&apos;historique n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>its file was removed, and could not be made again: %1</source>
        <translation>son fichier a été supprimé et n’a pas pu être recréé : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryLoader</name>
    <message>
        <source>The server keeps no history: %1</source>
        <translation>Le serveur ne conserve pas d&apos;historique : %1</translation>
    </message>
    <message>
        <source>The earlier messages could not be loaded: %1</source>
        <translation>Les messages précédents n&apos;ont pas pu être chargés : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::HistoryRetention</name>
    <message>
        <source>Old messages could not be removed from the history: %1</source>
        <translation>Les anciens messages n’ont pas pu être retirés de l’historique : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::KeychainPasswordStore</name>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Le trousseau ne peut pas être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::LanguageOption</name>
    <message>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>Chinwag::LaunchOptions</name>
    <message>
        <source>The server&apos;s host name or address.</source>
        <translation>Nom d&apos;hôte ou adresse du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s port (%1 by default).</source>
        <translation>Port du serveur (%1 par défaut).</translation>
    </message>
    <message>
        <source>Your name. With host, port and name the client connects at once; otherwise it asks.</source>
        <translation>Votre nom. Avec l&apos;hôte, le port et le nom, le client se connecte aussitôt ; sinon il demande.</translation>
    </message>
    <message>
        <source>Encrypt the connection with TLS. Without it, a host given here is reached unencrypted.</source>
        <translation>Chiffrer la connexion avec TLS. Sans cette option, un hôte donné ici est joint en clair.</translation>
    </message>
    <message>
        <source>Once connected, send &lt;text&gt;.</source>
        <translation>Une fois connecté, envoyer &lt;text&gt;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Where --message goes: * for everyone (the default), @user or #group.</source>
        <translation>Où va --message : * pour tout le monde (par défaut), @personne ou #groupe.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Too many arguments: give at most a host, a port and a name.</source>
        <translation>Trop d&apos;arguments : donnez au plus un hôte, un port et un nom.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Le port doit être un nombre de 1 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <source>--to takes * for everyone, @user or #group, not &quot;%1&quot;.</source>
        <translation>--to attend * pour tout le monde, @personne ou #groupe, pas « %1 ».</translation>
    </message>
    <message>
        <source>Sign in to the account of that name: its password comes from the environment variable CHINWAG_ACCOUNT_PASSWORD, the keychain or the connect dialog.</source>
        <translation>Se connecter au compte de ce nom : son mot de passe vient de la variable d&apos;environnement CHINWAG_ACCOUNT_PASSWORD, du trousseau ou de la boîte de connexion.</translation>
    </message>
</context>
<context>
    <name>Chinwag::ListenBar</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network</source>
        <translation>L&apos;adresse d&apos;écoute : 127.0.0.1 pour cette machine seulement, 0.0.0.0 pour tous les réseaux</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one</source>
        <translation>Le port d&apos;écoute ; 0 en choisit un libre</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Stopping: saying goodbye to every client…</source>
        <translation>Arrêt : au revoir à chaque client…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: use 127.0.0.1, 0.0.0.0 or another address of this machine.</source>
        <translation>« %1 » n&apos;est pas une adresse IP : utilisez 127.0.0.1, 0.0.0.0 ou une autre adresse de cette machine.</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageComposer</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>%1 too many</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <source>The server takes lines of up to %1 bytes; a character may take more than one.</source>
        <translation>Le serveur accepte des lignes jusqu&apos;à %1 octets ; un caractère peut en occuper plusieurs.</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageDelegate</name>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageFormatter</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>waiting for the connection</source>
        <translation>en attente de la connexion</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>kept until they come online</source>
        <translation>conservé jusqu&apos;à son retour en ligne</translation>
    </message>
    <message>
        <source>waiting for %1 to come online</source>
        <translation>en attente du retour en ligne de %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageInserter</name>
    <message>
        <source>the database is not SQLite</source>
        <translation>la base de données n’est pas SQLite</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>Chinwag::MessageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
</context>
<context>
    <name>Chinwag::MonitorWindow</name>
    <message>
        <source>Could not listen on %1: %2. Choose another port (or 0 for any free one) and press Start.</source>
        <translation>Impossible d&apos;écouter sur %1 : %2. Choisissez un autre port (ou 0 pour n&apos;importe quel port libre) et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Could not listen on %1</source>
        <translation>Impossible d&apos;écouter sur %1</translation>
    </message>
    <message>
        <source>Filter clients by name, address or group</source>
        <translation>Filtrer les clients par nom, adresse ou groupe</translation>
    </message>
    <message>
        <source>Reason, which the client is told</source>
        <translation>Raison, communiquée au client</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>E&amp;xpulser</translation>
    </message>
    <message>
        <source>Close the selected client&apos;s connection, telling it the reason</source>
        <translation>Fermer la connexion du client sélectionné en lui indiquant la raison</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Filter groups by name or member</source>
        <translation>Filtrer les groupes par nom ou membre</translation>
    </message>
    <message>
        <source>A notice to every client</source>
        <translation>Un avis à chaque client</translation>
    </message>
    <message>
        <source>Send &amp;notice</source>
        <translation>E&amp;nvoyer l&apos;avis</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Filter the event log</source>
        <translation>Filtrer le journal des événements</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Chinwag Server</source>
        <translation>À &amp;propos de Chinwag Server</translation>
    </message>
    <message>
        <source>The history, kept only while the server runs: messages stored, messages held for users who are offline, and the database&apos;s size</source>
        <translation>L&apos;historique, conservé seulement tant que le serveur fonctionne : messages enregistrés, messages en attente pour les utilisateurs hors ligne, et la taille de la base de données</translation>
    </message>
    <message>
        <source>The history in %1: messages stored, messages held for users who are offline, and the database&apos;s size</source>
        <translation>L&apos;historique dans %1 : messages enregistrés, messages en attente pour les utilisateurs hors ligne, et la taille de la base de données</translation>
    </message>
    <message>
        <source>Chinwag Server — %1</source>
        <translation>Chinwag Server — %1</translation>
    </message>
    <message>
        <source>Chinwag Server — stopped</source>
        <translation>Chinwag Server — arrêté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not kick %1: the reason may hold only printable characters</source>
        <translation>Impossible d&apos;expulser %1 : la raison ne peut contenir que des caractères imprimables</translation>
    </message>
    <message>
        <source>Kicked %1</source>
        <translation>%1 expulsé</translation>
    </message>
    <message>
        <source>A notice may hold only printable characters</source>
        <translation>Un avis ne peut contenir que des caractères imprimables</translation>
    </message>
    <message numerus="yes">
        <source>Notice sent to %n client(s)</source>
        <translation>
            <numerusform>Avis envoyé à %n client</numerusform>
            <numerusform>Avis envoyé à %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Total Clients = %1</source>
        <translation>Total des clients = %1</translation>
    </message>
    <message>
        <source>Groups = %1</source>
        <translation>Groupes = %1</translation>
    </message>
    <message>
        <source>%1 messages/s</source>
        <translation>%1 messages/s</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Pas d&apos;historique</translation>
    </message>
    <message>
        <source>History: %1 stored, %2 held, %3</source>
        <translation>Historique : %1 enregistrés, %2 en attente, %3</translation>
    </message>
    <message>
        <source>Chinwag Server</source>
        <translation>Chinwag Server</translation>
    </message>
    <message>
        <source>A chat server for people on one network, and a window to watch it: who is connected, the groups they talk in, the traffic and the history.</source>
        <translation>Un serveur de discussion pour les personnes d&apos;un même réseau, et une fenêtre pour le surveiller : qui est connecté, les groupes où l&apos;on discute, le trafic et l&apos;historique.</translation>
    </message>
    <message>
        <source>%1. The server runs without a history: HISTORY is refused, there are no accounts, and messages to users who are offline are not held.</source>
        <translation>%1. Le serveur fonctionne sans historique : HISTORY est refusé, il n’y a pas de comptes, et les messages aux utilisateurs hors ligne ne sont pas gardés.</translation>
    </message>
    <message>
        <source>%1 (not written: %2)</source>
        <translation>%1 (non écrit : %2)</translation>
    </message>
    <message>
        <source>%1, %2 removed by retention</source>
        <translation>%1, %2 retirés par la rétention</translation>
    </message>
</context>
<context>
    <name>Chinwag::NewGroupDialog</name>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>for example: team</source>
        <translation>par exemple : equipe</translation>
    </message>
    <message>
        <source>&amp;Make Group</source>
        <translation>&amp;Créer le groupe</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nom du groupe :</translation>
    </message>
    <message>
        <source>You are in a group of that name already.</source>
        <translation>Vous êtes déjà dans un groupe de ce nom.</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation>1 à 32 lettres, chiffres, « _ », « - » ou « . », commençant par une lettre.</translation>
    </message>
    <message>
        <source>&amp;Public: anyone may find and join it</source>
        <translation>&amp;Public : tout le monde peut le trouver et le rejoindre</translation>
    </message>
    <message>
        <source>&amp;Members (click to pick):</source>
        <translation>&amp;Membres (cliquez pour choisir) :</translation>
    </message>
</context>
<context>
    <name>Chinwag::NewPasswordCheck</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>8 to 128 characters, without spaces.</source>
        <translation>8 à 128 caractères, sans espaces.</translation>
    </message>
</context>
<context>
    <name>Chinwag::Outbox</name>
    <message>
        <source>Not sent: not connected to the server.</source>
        <translation>Non envoyé : pas de connexion au serveur.</translation>
    </message>
    <message>
        <source>The connection was closed before the server confirmed this message.</source>
        <translation>La connexion a été fermée avant que le serveur ne confirme ce message.</translation>
    </message>
    <message>
        <source>You disconnected before the server confirmed this message.</source>
        <translation>Vous vous êtes déconnecté avant que le serveur ne confirme ce message.</translation>
    </message>
    <message>
        <source>Not sent: you disconnected.</source>
        <translation>Non envoyé : vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Not sent: the connection was lost.</source>
        <translation>Non envoyé : la connexion a été perdue.</translation>
    </message>
    <message>
        <source>The connection was lost before the server confirmed this message; it may not have been delivered.</source>
        <translation>La connexion a été perdue avant que le serveur ne confirme ce message ; il n&apos;a peut-être pas été remis.</translation>
    </message>
    <message>
        <source>Not sent: disconnected from the server.</source>
        <translation>Non envoyé : déconnecté du serveur.</translation>
    </message>
    <message>
        <source>Not sent: the server&apos;s certificate was not trusted.</source>
        <translation>Non envoyé : le certificat du serveur n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the password.</source>
        <translation>Non envoyé : le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the name.</source>
        <translation>Non envoyé : le serveur a refusé le nom.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the sign-in.</source>
        <translation>Non envoyé : le serveur a refusé la connexion au compte.</translation>
    </message>
</context>
<context>
    <name>Chinwag::PendingLinesBar</name>
    <message>
        <source>&amp;Stop Sending</source>
        <translation>&amp;Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Drop the lines that have not gone out yet.</source>
        <translation>Abandonner les lignes qui ne sont pas encore parties.</translation>
    </message>
    <message>
        <source>Sending the pasted lines one by one; still to go: %1</source>
        <translation>Envoi des lignes collées une par une ; restantes : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::PeoplePane</name>
    <message>
        <source>Double-click someone to talk to them alone.</source>
        <translation>Double-cliquez sur quelqu&apos;un pour lui parler seul à seul.</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>En ligne · %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the others read while you are away</source>
        <translation>Ce que les autres lisent pendant votre absence</translation>
    </message>
    <message>
        <source>Set me away after this long without input:</source>
        <translation>Me signaler absent après cette durée d&apos;inactivité :</translation>
    </message>
    <message>
        <source>Away message:</source>
        <translation>Message d&apos;absence :</translation>
    </message>
    <message>
        <source>Typing, clicking or moving the mouse in Chinwag brings you back.</source>
        <translation>Taper, cliquer ou bouger la souris dans Chinwag vous signale de retour.</translation>
    </message>
    <message>
        <source>away from the keyboard</source>
        <translation>absent du clavier</translation>
    </message>
</context>
<context>
    <name>Chinwag::QuickSwitcher</name>
    <message>
        <source>Jump to a Conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>Aller à…</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisConnection</name>
    <message>
        <source>cannot connect to Redis at %1: out of memory</source>
        <translation>impossible de se connecter à Redis sur %1 : mémoire épuisée</translation>
    </message>
    <message>
        <source>cannot connect to Redis at %1: %2</source>
        <translation>impossible de se connecter à Redis sur %1 : %2</translation>
    </message>
    <message>
        <source>lost the connection to Redis at %1: %2</source>
        <translation>connexion à Redis sur %1 perdue : %2</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisLink</name>
    <message numerus="yes">
        <source>Redis at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>Redis sur %1 n’a pas répondu en %n seconde</numerusform>
            <numerusform>Redis sur %1 n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot find the Redis host %1: %2</source>
        <translation>hôte Redis %1 introuvable : %2</translation>
    </message>
</context>
<context>
    <name>Chinwag::RedisUrl</name>
    <message>
        <source>&quot;%1&quot; is not a URL such as redis://127.0.0.1:6379</source>
        <translation>« %1 » n’est pas une URL comme redis://127.0.0.1:6379</translation>
    </message>
    <message>
        <source>%1: TLS to Redis is not supported (Debian&apos;s hiredis 0.14 has no TLS); use redis:// on a trusted network</source>
        <translation>%1 : TLS vers Redis n’est pas pris en charge (hiredis 0.14 de Debian n’a pas TLS) ; utilisez redis:// sur un réseau de confiance</translation>
    </message>
    <message>
        <source>%1 is not a Redis URL: it must start with redis://</source>
        <translation>%1 n’est pas une URL Redis : elle doit commencer par redis://</translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>%1: a user or password for Redis is not supported yet</source>
        <translation>%1 : un utilisateur ou un mot de passe pour Redis n’est pas encore pris en charge</translation>
    </message>
    <message>
        <source>%1: a path (a database number) is not supported; the cluster uses database 0</source>
        <translation>%1 : un chemin (un numéro de base) n’est pas pris en charge ; le cluster utilise la base 0</translation>
    </message>
    <message>
        <source>%1: options after ? or # are not supported</source>
        <translation>%1 : les options après ? ou # ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>%1: port 0 is no port to connect to</source>
        <translation>%1 : le port 0 n’est pas un port auquel se connecter</translation>
    </message>
    <message>
        <source>no Redis URL</source>
        <translation>aucune URL Redis</translation>
    </message>
</context>
<context>
    <name>Chinwag::RegistrationCommands</name>
    <message>
        <source>%1 gave a wrong password</source>
        <translation>%1 a donné un mauvais mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>%1 gave a wrong password (and %n more wrong password(s) since the last record)</source>
        <translation>
            <numerusform>%1 a donné un mauvais mot de passe (et %n autre mauvais mot de passe depuis l&apos;entrée précédente)</numerusform>
            <numerusform>%1 a donné un mauvais mot de passe (et %n autres mauvais mots de passe depuis l&apos;entrée précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered as %2</source>
        <translation>%1 s&apos;est inscrit sous le nom %2</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 s&apos;appelle maintenant %2</translation>
    </message>
    <message numerus="yes">
        <source>%n held message(s) delivered to %1</source>
        <translation>
            <numerusform>%n message en attente remis à %1</numerusform>
            <numerusform>%n messages en attente remis à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed in as %2</source>
        <translation>%1 s’est connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1 signed in as %2 (%3 connections)</source>
        <translation>%1 s’est connecté en tant que %2 (%3 connexions)</translation>
    </message>
</context>
<context>
    <name>Chinwag::SearchBar</name>
    <message>
        <source>Search this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
</context>
<context>
    <name>Chinwag::ServerCommandLine</name>
    <message>
        <source>Run without the monitor window; print the log to stdout.</source>
        <translation>Fonctionner sans la fenêtre de surveillance ; écrire le journal sur stdout.</translation>
    </message>
    <message>
        <source>The longest line a client may send, in bytes (default: %1).</source>
        <translation>La plus longue ligne qu&apos;un client peut envoyer, en octets (par défaut : %1).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The password clients must give (PASS) before NAME. Other users of this computer can read a command line: prefer the environment variable %1.</source>
        <translation>Le mot de passe que les clients doivent donner (PASS) avant NAME. Les autres utilisateurs de cet ordinateur peuvent lire une ligne de commande : préférez la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Speak TLS only, with this certificate (PEM; the server&apos;s first, then its chain). Needs --tls-key.</source>
        <translation>Ne parler que TLS, avec ce certificat (PEM ; celui du serveur d&apos;abord, puis sa chaîne). Nécessite --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM, not encrypted).</source>
        <translation>La clé privée de --tls-cert (PEM, non chiffrée).</translation>
    </message>
    <message>
        <source>The Chinwag chat server, with a monitor window of its clients, groups and traffic.</source>
        <translation>Le serveur de discussion Chinwag, avec une fenêtre de surveillance de ses clients, groupes et trafic.</translation>
    </message>
    <message>
        <source>Connections the server takes at once (default: %1).</source>
        <translation>Connexions que le serveur accepte à la fois (par défaut : %1).</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>Connections the server takes at once from one IP address (default: %1).</source>
        <translation>Connexions que le serveur accepte à la fois depuis une même adresse IP (par défaut : %1).</translation>
    </message>
    <message>
        <source>Groups one user may be in (default: %1).</source>
        <translation>Groupes dont un utilisateur peut être membre (par défaut : %1).</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>Members one group may hold (default: %1).</source>
        <translation>Membres que peut compter un groupe (par défaut : %1).</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Lines a client may send at once before flood control delays them (default: %1).</source>
        <translation>Lignes qu&apos;un client peut envoyer d&apos;un coup avant que le contrôle d&apos;inondation ne les retarde (par défaut : %1).</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Lines delayed in one episode of flooding before the client is disconnected (default: %1).</source>
        <translation>Lignes retardées au cours d&apos;une même inondation avant que le client soit déconnecté (par défaut : %1).</translation>
    </message>
    <message>
        <source>Bytes queued for a client that does not read before it is disconnected (default: %1).</source>
        <translation>Octets en attente pour un client qui ne lit pas avant qu&apos;il soit déconnecté (par défaut : %1).</translation>
    </message>
    <message>
        <source>Seconds a connection has to register with NAME (default: %1).</source>
        <translation>Secondes dont dispose une connexion pour s&apos;enregistrer avec NAME (par défaut : %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds of silence after which a client is sent PING (default: %1).</source>
        <translation>Secondes de silence après lesquelles un client reçoit PING (par défaut : %1).</translation>
    </message>
    <message>
        <source>Seconds a client has to answer PING before it is disconnected (default: %1).</source>
        <translation>Secondes dont dispose un client pour répondre à PING avant d&apos;être déconnecté (par défaut : %1).</translation>
    </message>
    <message>
        <source>The address to listen on (default: 127.0.0.1).</source>
        <translation>L&apos;adresse d&apos;écoute (par défaut : 127.0.0.1).</translation>
    </message>
    <message>
        <source>The port to listen on (default: %1; 0 picks a free one).</source>
        <translation>Le port d&apos;écoute (par défaut : %1 ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Too many arguments: give at most a host and a port.</source>
        <translation>Trop d&apos;arguments : donnez au plus un hôte et un port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>« %1 » n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: use a number from 0 to 65535.</source>
        <translation>« %1 » n&apos;est pas un port : utilisez un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--%1 takes a number of %2 from %3 to %4.</source>
        <translation>--%1 attend un nombre de %3 à %4 (%2).</translation>
    </message>
    <message>
        <source>--password takes a text that is not empty.</source>
        <translation>--password attend un texte non vide.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert et --tls-key vont ensemble.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1.</source>
        <translation>Impossible de lire le certificat %1.</translation>
    </message>
    <message>
        <source>Cannot read the key %1.</source>
        <translation>Impossible de lire la clé %1.</translation>
    </message>
    <message>
        <source>%1 holds no private key in PEM that is not encrypted.</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>--data and --no-history exclude each other.</source>
        <translation>--data et --no-history s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--data takes the path of a file.</source>
        <translation>--data attend le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <source>The file that keeps the history, the accounts and the messages held for offline accounts (default: %1). %2 keeps them only while the server runs.</source>
        <translation>Le fichier qui garde l’historique, les comptes et les messages gardés pour les comptes hors ligne (par défaut : %1). %2 ne les garde que tant que le serveur tourne.</translation>
    </message>
    <message>
        <source>Keep no history: HISTORY is refused, there are no accounts, and messages to offline users are not held.</source>
        <translation>Ne garder aucun historique : HISTORY est refusé, il n’y a pas de comptes, et les messages aux utilisateurs hors ligne ne sont pas gardés.</translation>
    </message>
    <message>
        <source>Take no guests: everyone signs in to an account (SIGNIN, SIGNUP).</source>
        <translation>N’accepter aucun invité : chacun se connecte à un compte (SIGNIN, SIGNUP).</translation>
    </message>
    <message>
        <source>Connections one account may be signed in on at once (default: %1).</source>
        <translation>Connexions sur lesquelles un compte peut être connecté à la fois (par défaut : %1).</translation>
    </message>
    <message>
        <source>Passes of Argon2id over its memory when a password is hashed (default: %1).</source>
        <translation>Passes d’Argon2id sur sa mémoire pour hacher un mot de passe (par défaut : %1).</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>Memory Argon2id uses to hash one password, in KiB (default: %1).</source>
        <translation>Mémoire qu’Argon2id utilise pour hacher un mot de passe, en Kio (par défaut : %1).</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>--accounts-required needs a history, where the accounts are kept.</source>
        <translation>--accounts-required demande un historique, où les comptes sont gardés.</translation>
    </message>
    <message>
        <source>Lines per second a client may send after its burst; 0 turns flood control off, of lines and bytes (default: %1).</source>
        <translation>Lignes par seconde qu’un client peut envoyer après sa rafale ; 0 désactive le contrôle de flood, des lignes et des octets (par défaut : %1).</translation>
    </message>
    <message>
        <source>Bytes queued for a client beyond which it is disconnected at once, reading or not (default: %1).</source>
        <translation>Octets en attente pour un client au-delà desquels il est déconnecté aussitôt, qu’il lise ou non (par défaut : %1).</translation>
    </message>
    <message>
        <source>Seconds a client with more than --max-queued bytes waiting may take none of them before it is disconnected (default: %1).</source>
        <translation>Secondes pendant lesquelles un client ayant plus de --max-queued octets en attente peut n’en prendre aucun avant d’être déconnecté (par défaut : %1).</translation>
    </message>
    <message>
        <source>Bytes a client may send at once before flood control delays its lines (default: %1).</source>
        <translation>Octets qu’un client peut envoyer d’un coup avant que le contrôle de flood ne retarde ses lignes (par défaut : %1).</translation>
    </message>
    <message>
        <source>Bytes per second a client may send after its burst; 0 counts no bytes (default: %1).</source>
        <translation>Octets par seconde qu’un client peut envoyer après sa rafale ; 0 ne compte pas les octets (par défaut : %1).</translation>
    </message>
    <message>
        <source>Connections the system queues before the server accepts them; 0 takes the system&apos;s maximum, net.core.somaxconn (default: %1).</source>
        <translation>Connexions que le système met en file avant que le serveur ne les accepte ; 0 prend le maximum du système, net.core.somaxconn (par défaut : %1).</translation>
    </message>
    <message>
        <source>Messages kept for one offline account before senders are refused (default: %1).</source>
        <translation>Messages gardés pour un compte absent avant que les expéditeurs soient refusés (par défaut : %1).</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Bytes of text kept for one offline account before senders are refused (default: %1).</source>
        <translation>Octets de texte gardés pour un compte absent avant que les expéditeurs soient refusés (par défaut : %1).</translation>
    </message>
    <message>
        <source>Days the history keeps a message; 0 keeps it whatever its age (default: %1).</source>
        <translation>Jours pendant lesquels l’historique garde un message ; 0 le garde quel que soit son âge (par défaut : %1).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>MiB the history may take before its oldest messages are removed; 0 sets no cap (default: %1).</source>
        <translation>Mio que l’historique peut occuper avant que ses plus anciens messages soient retirés ; 0 ne fixe aucune limite (par défaut : %1).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Deliver and acknowledge a message only once it is written to the history, so that a crash loses none that was acknowledged.</source>
        <translation>Ne remettre et n’accuser réception d’un message qu’une fois écrit dans l’historique, pour qu’un plantage n’en perde aucun dont la réception a été confirmée.</translation>
    </message>
    <message>
        <source>--store-before-ack needs a history to store the messages in.</source>
        <translation>--store-before-ack a besoin d’un historique où enregistrer les messages.</translation>
    </message>
    <message>
        <source>Milliseconds of pause after a first command sent without a line end, after which the client&apos;s lines are read as a write each (the seed exercise&apos;s client); 0 reads lines by their ends only (default: %1).</source>
        <translation>Millisecondes de pause après une première commande envoyée sans fin de ligne, au bout desquelles les lignes du client sont lues une écriture à la fois (le client de l&apos;exercice d&apos;origine) ; 0 ne lit les lignes qu&apos;à leur fin (par défaut : %1).</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>Seconds a connection to the TLS port has to finish its handshake (default: %1).</source>
        <translation>Secondes dont dispose une connexion au port TLS pour achever sa négociation (par défaut : %1).</translation>
    </message>
    <message>
        <source>Also listen on this port, on the same address, for IRC clients (irssi, WeeChat, …), with TLS too when --tls-cert is given; 0 picks a free one.</source>
        <translation>Écouter aussi sur ce port, à la même adresse, les clients IRC (irssi, WeeChat, …), en TLS également si --tls-cert est donné ; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
</context>
<context>
    <name>Chinwag::ServerConnection</name>
    <message>
        <source>Dropped a line from the server that is longer than %1 bytes.</source>
        <translation>Une ligne du serveur de plus de %1 octets a été ignorée.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
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
            <numerusform>%1 ne s&apos;est pas enregistré dans un délai de %n seconde et a été déconnecté</numerusform>
            <numerusform>%1 ne s&apos;est pas enregistré dans un délai de %n secondes et a été déconnecté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer PING within %n second(s) and was disconnected</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu à PING dans un délai de %n seconde et a été déconnecté</numerusform>
            <numerusform>%1 n&apos;a pas répondu à PING dans un délai de %n secondes et a été déconnecté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept sending too fast and was disconnected</source>
        <translation>%1 a continué à envoyer trop vite et a été déconnecté</translation>
    </message>
    <message>
        <source>%1 is sending too fast: its lines are delayed</source>
        <translation>%1 envoie trop vite : ses lignes sont retardées</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a line longer than %n byte(s)</source>
        <translation>
            <numerusform>%1 a envoyé une ligne de plus de %n octet</numerusform>
            <numerusform>%1 a envoyé une ligne de plus de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent a line that is not UTF-8</source>
        <translation>%1 a envoyé une ligne qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>%1 sent a line with a control character</source>
        <translation>%1 a envoyé une ligne contenant un caractère de contrôle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more such record(s) from this client)</source>
        <translation>
            <numerusform>%1 (et %n autre entrée de ce genre pour ce client)</numerusform>
            <numerusform>%1 (et %n autres entrées de ce genre pour ce client)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fell too far behind and was disconnected: %2 bytes were queued for it (SLOW_READER)</source>
        <translation>%1 a pris trop de retard et a été déconnecté : %2 octets l’attendaient (SLOW_READER)</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped reading and was disconnected: %2 bytes were queued for it, and it took none for %n second(s) (SLOW_READER)</source>
        <translation>
            <numerusform>%1 a cessé de lire et a été déconnecté : %2 octets l’attendaient, et il n’en a pris aucun pendant %n seconde (SLOW_READER)</numerusform>
            <numerusform>%1 a cessé de lire et a été déconnecté : %2 octets l’attendaient, et il n’en a pris aucun pendant %n secondes (SLOW_READER)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sends its commands without line ends: each write is read as one line</source>
        <translation>%1 envoie ses commandes sans fin de ligne : chaque écriture est lue comme une ligne</translation>
    </message>
</context>
<context>
    <name>Chinwag::SqliteStore</name>
    <message>
        <source>The history cannot be kept in a temporary file: %1</source>
        <translation>L&apos;historique ne peut pas être conservé dans un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): the folder %2 cannot be made</source>
        <translation>L&apos;historique ne peut pas être ouvert (%1) : le dossier %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): another server uses it (process %2)</source>
        <translation>L&apos;historique ne peut pas être ouvert (%1) : un autre serveur l&apos;utilise (processus %2)</translation>
    </message>
    <message>
        <source>The history cannot be opened (%1): its lock file cannot be made</source>
        <translation>L&apos;historique ne peut pas être ouvert (%1) : son fichier de verrou ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>Chinwag::TlsListener</name>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>elle ne s&apos;est pas achevée en %n seconde</numerusform>
            <numerusform>elle ne s&apos;est pas achevée en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chinwag::TrafficGraph</name>
    <message>
        <source>Messages per second over the last minute</source>
        <translation>Messages par seconde au cours de la dernière minute</translation>
    </message>
    <message>
        <source>peak %1/s</source>
        <translation>pic %1/s</translation>
    </message>
</context>
<context>
    <name>Chinwag::TypingLabel</name>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are typing…</source>
        <translation>%1, %2 et %3 écrivent…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
</context>
<context>
    <name>Chinwag::UserDelegate</name>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>%1 (away: %2)</source>
        <translation>%1 (absent : %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chinwag&apos;s desktop chat client.</source>
        <translation>Le client de discussion de bureau de Chinwag.</translation>
    </message>
    <message>
        <source>There is no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Aucun écran où ouvrir une fenêtre : ni DISPLAY ni WAYLAND_DISPLAY n’est défini.</translation>
    </message>
    <message>
        <source>no display: running headless</source>
        <translation>pas d&apos;affichage : fonctionnement sans fenêtre</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
</context>
</TS>
