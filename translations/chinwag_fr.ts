<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Chinwag::AboutDialog</name>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="43"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="57"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="61"/>
        <source>Copyright © the Chinwag developers.</source>
        <translation>Copyright © les développeurs de Chinwag.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="63"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty; see the License tab.</source>
        <translation>Ce programme est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie&#xa0;; voir l’onglet Licence.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="69"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="86"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="87"/>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
</context>
<context>
    <name>Chinwag::LanguageOption</name>
    <message>
        <location filename="../shared/desktop/languageoption.cpp" line="15"/>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location filename="../shared/desktop/languageoption.cpp" line="18"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
</TS>
