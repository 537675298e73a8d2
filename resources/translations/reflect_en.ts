<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %n entries and everything else to {path}. It is NOT encrypted: keep it safe.</source>
        <translation>
            <numerusform>Wrote %n entry and everything else to {path}. It is NOT encrypted: keep it safe.</numerusform>
            <numerusform>Wrote %n entries and everything else to {path}. It is NOT encrypted: keep it safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n new entry</numerusform>
            <numerusform>%n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already here),</source>
        <translation>
            <numerusform>(%n already here),</numerusform>
            <numerusform>(%n already here),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins.</source>
        <translation>
            <numerusform>%n check-in.</numerusform>
            <numerusform>%n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n shared entries.</source>
        <translation>
            <numerusform>Wrote {path}: %n shared entry.</numerusform>
            <numerusform>Wrote {path}: %n shared entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n details that could identify someone.</source>
        <translation>
            <numerusform>Replaced %n detail that could identify someone.</numerusform>
            <numerusform>Replaced %n details that could identify someone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session recorded: {day}, {length}, {form}; %n agreed actions.</source>
        <translation>
            <numerusform>Session recorded: {day}, {length}, {form}; %n agreed action.</numerusform>
            <numerusform>Session recorded: {day}, {length}, {form}; %n agreed actions.</numerusform>
        </translation>
    </message>
</context>
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
    <name>EntryEditor</name>
    <message numerus="yes">
        <source>{shown} and %n more</source>
        <translation>
            <numerusform>{shown} and %n more</numerusform>
            <numerusform>{shown} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Details that could identify someone in the pack: %n. Replace them before the pack leaves this computer.</source>
        <translation>
            <numerusform>One detail in the pack could identify someone. Replace it before the pack leaves this computer.</numerusform>
            <numerusform>Details that could identify someone in the pack: %n. Replace them before the pack leaves this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pack still holds %n details that could identify someone. Export it anyway?</source>
        <translation>
            <numerusform>The pack still holds one detail that could identify someone. Export it anyway?</numerusform>
            <numerusform>The pack still holds %n details that could identify someone. Export it anyway?</numerusform>
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
<context>
    <name>LookingBack</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries on %n days</source>
        <translation>
            <numerusform>Entries on %n day</numerusform>
            <numerusform>Entries on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a check-in on %n days.</source>
        <translation>
            <numerusform>a check-in on %n day.</numerusform>
            <numerusform>a check-in on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message numerus="yes">
        <source>What the work consisted of, from the activity log (%n days logged).</source>
        <translation>
            <numerusform>What the work consisted of, from the activity log (%n day logged).</numerusform>
            <numerusform>What the work consisted of, from the activity log (%n days logged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Averages from %n check-ins: mood {mood}, energy {energy}, stress {stress}.</source>
        <translation>
            <numerusform>Averages from %n check-in: mood {mood}, energy {energy}, stress {stress}.</numerusform>
            <numerusform>Averages from %n check-ins: mood {mood}, energy {energy}, stress {stress}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodInWords</name>
    <message numerus="yes">
        <source>You wrote %n entries</source>
        <translation>
            <numerusform>You wrote %n entry</numerusform>
            <numerusform>You wrote %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you logged, most of the work was {activity} ({count}).</source>
        <translation>
            <numerusform>On the %n day you logged, most of the work was {activity} ({count}).</numerusform>
            <numerusform>On the %n days you logged, most of the work was {activity} ({count}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n check-ins {mood} ({mood_value} of 5), {energy} ({energy_value}) and {stress} ({stress_value}).</source>
        <translation>
            <numerusform>In %n check-in {mood} ({mood_value} of 5), {energy} ({energy_value}) and {stress} ({stress_value}).</numerusform>
            <numerusform>Over %n check-ins {mood} ({mood_value} of 5), {energy} ({energy_value}) and {stress} ({stress_value}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries carry a question for supervision.</source>
        <translation>
            <numerusform>%n entry carries a question for supervision.</numerusform>
            <numerusform>%n entries carry a question for supervision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things wait to be followed up.</source>
        <translation>
            <numerusform>%n thing waits to be followed up.</numerusform>
            <numerusform>%n things wait to be followed up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stigma came up %n times, from: {source}.</source>
        <translation>
            <numerusform>Stigma came up %n time, from: {source}.</numerusform>
            <numerusform>Stigma came up %n times, from: {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message numerus="yes">
        <source>{made}: {start} – {end}, {format}, %n entries</source>
        <translation>
            <numerusform>{made}: {start} – {end}, {format}, %n entry</numerusform>
            <numerusform>{made}: {start} – {end}, {format}, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryFigures</name>
    <message numerus="yes">
        <source>My role in practice (%n days logged): {activities}.</source>
        <translation>
            <numerusform>My role in practice (%n day logged): {activities}.</numerusform>
            <numerusform>My role in practice (%n days logged): {activities}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without its length noted)</source>
        <translation>
            <numerusform>(%n without its length noted)</numerusform>
            <numerusform>(%n without their length noted)</numerusform>
        </translation>
    </message>
</context>
</TS>
