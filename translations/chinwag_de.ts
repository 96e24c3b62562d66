<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chinwag::AboutDialog</name>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="43"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="57"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="61"/>
        <source>Copyright © the Chinwag developers.</source>
        <translation>Copyright © die Chinwag-Entwickler.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="63"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty; see the License tab.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Es wird ohne jede Gewährleistung bereitgestellt; siehe den Reiter „Lizenz“.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="69"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="86"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../shared/desktop/aboutdialog.cpp" line="87"/>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
</context>
<context>
    <name>Chinwag::LanguageOption</name>
    <message>
        <location filename="../shared/desktop/languageoption.cpp" line="15"/>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: %1 (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <location filename="../shared/desktop/languageoption.cpp" line="18"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>
