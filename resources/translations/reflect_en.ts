<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DraftRestoreDialog</name>
    <message numerus="yes">
        <source>Discard %n piece(s) of unsaved writing for good? This cannot be undone.</source>
        <translation>
            <numerusform>Discard %n piece of unsaved writing for good? This cannot be undone.</numerusform>
            <numerusform>Discard %n pieces of unsaved writing for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Possible identifiers in the pack: %n. Remove them before the pack leaves this computer.</source>
        <translation>
            <numerusform>One possible identifier in the pack. Remove it before the pack leaves this computer.</numerusform>
            <numerusform>Possible identifiers in the pack: %n. Remove them before the pack leaves this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pack still holds %n possible identifiers. Export it anyway?</source>
        <translation>
            <numerusform>The pack still holds one possible identifier. Export it anyway?</numerusform>
            <numerusform>The pack still holds %n possible identifiers. Export it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
