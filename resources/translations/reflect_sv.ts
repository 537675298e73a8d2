<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reflect</source>
        <translation>Om Reflect</translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation>Reflect {version}</translation>
    </message>
    <message>
        <source>A private journal for peer supporters in psychiatric care: to reflect after work and to prepare for supervision. It works offline and never connects to a network.</source>
        <translation>En privat dagbok för peer supporters i psykiatrin: för att reflektera efter jobbet och förbereda handledningen. Den fungerar helt utan internet och kopplar aldrig upp sig mot något nätverk.</translation>
    </message>
    <message>
        <source>Its themes and prompts build on the interview study “{title}”, {journal}, {year}, doi:{doi}. The prompts are written in Reflect's own words.</source>
        <translation>Teman och reflektionsfrågor bygger på intervjustudien ”{title}”, {journal}, {year}, doi:{doi}. Reflektionsfrågorna är skrivna med Reflects egna ord.</translation>
    </message>
    <message>
        <source>Your journal, encrypted: {path}
Its backups: {backups}</source>
        <translation>Din dagbok, krypterad: {path}
Dess säkerhetskopior: {backups}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>Supportive conversation</source>
        <translation>Stödjande samtal</translation>
    </message>
    <message>
        <source>Recovery group</source>
        <translation>Återhämtningsgrupp</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Treatment conference</source>
        <translation>Behandlingskonferens</translation>
    </message>
    <message>
        <source>Accompanying a patient</source>
        <translation>Följa med en patient</translation>
    </message>
    <message>
        <source>Lifeline or health plan</source>
        <translation>Livslinje eller hälsoplan</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teammöte</translation>
    </message>
    <message>
        <source>Training or supervision</source>
        <translation>Utbildning eller handledning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>We look at it again</source>
        <translation>Vi ser över den igen</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Enskilt</translation>
    </message>
    <message>
        <source>In a group</source>
        <translation>I grupp</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <source>One to one or in a group</source>
        <translation>Enskilt eller i grupp</translation>
    </message>
    <message>
        <source>Who supervises me</source>
        <translation>Vem som handleder mig</translation>
    </message>
    <message>
        <source>How often we meet</source>
        <translation>Hur ofta vi ses</translation>
    </message>
    <message>
        <source>What stays between us, and its limits</source>
        <translation>Vad som stannar mellan oss, och dess gränser</translation>
    </message>
    <message>
        <source>What I bring</source>
        <translation>Vad jag tar med mig</translation>
    </message>
    <message>
        <source>How notes are kept</source>
        <translation>Hur anteckningar förs</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>One to one or in a group</source>
        <translation>Enskilt eller i grupp</translation>
    </message>
    <message>
        <source>We look at it again on</source>
        <translation>Vi ser över den igen den</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum för översyn</translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation>Spara överenskommelsen</translation>
    </message>
    <message>
        <source>The agreement is kept in your journal.</source>
        <translation>Överenskommelsen är sparad i din dagbok.</translation>
    </message>
</context>
<context>
    <name>AnswerForms</name>
    <message>
        <source>{about} Where it comes from: {source}</source>
        <translation>{about} Källa: {source}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your journal file is damaged ({problem}). It has not been changed. You can put the newest backup in its place; the damaged file is kept beside it.</source>
        <translation>Din dagboksfil är skadad ({problem}). Den har inte ändrats. Du kan ersätta den med den senaste säkerhetskopian; den skadade filen sparas bredvid.</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Återställ den senaste säkerhetskopian…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>The passphrase this backup was made with:</source>
        <translation>Lösenfrasen som gällde när säkerhetskopian gjordes:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} is not one of the journal's backups.</source>
        <translation>{path} är inte en av dagbokens säkerhetskopior.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Det finns ingen säkerhetskopia på {path}.</translation>
    </message>
    <message>
        <source>That backup is damaged ({problem}); nothing was changed.</source>
        <translation>Säkerhetskopian är skadad ({problem}); ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Reflect keeps encrypted backups beside your journal: one a day when you unlock, and one when you quit (the last 7 days and 4 weeks). Backups you make yourself are kept until you delete them. A backup opens with the passphrase the journal had when it was made, so backups from before a passphrase change need the old one.</source>
        <translation>Reflect sparar krypterade säkerhetskopior bredvid din dagbok: en om dagen när du låser upp och en när du avslutar (de senaste 7 dagarna och 4 veckorna). Säkerhetskopior som du gör själv sparas tills du tar bort dem. En säkerhetskopia öppnas med den lösenfras dagboken hade när kopian gjordes, så kopior från före ett byte av lösenfras behöver den gamla.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Återställ den valda säkerhetskopian…</translation>
    </message>
    <message>
        <source>Delete the chosen backup…</source>
        <translation>Ta bort den valda säkerhetskopian…</translation>
    </message>
    <message>
        <source>made by you, kept until you delete it</source>
        <translation>gjord av dig, sparas tills du tar bort den</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Säkerhetskopia sparad: {name}</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Ta bort en säkerhetskopia</translation>
    </message>
    <message>
        <source>Delete the backup of {when}? This cannot be undone.</source>
        <translation>Ta bort säkerhetskopian från {when}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation>Säkerhetskopian har tagits bort.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Månadens dagar</translation>
    </message>
    <message>
        <source>Entries of the chosen day</source>
        <translation>Anteckningar den valda dagen</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>Månaden</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Den valda dagen</translation>
    </message>
    <message>
        <source>Mood, the strip on top:</source>
        <translation>Mående, randen överst:</translation>
    </message>
    <message>
        <source>No entries on this day.</source>
        <translation>Inga anteckningar den här dagen.</translation>
    </message>
</context>
<context>
    <name>CarriedActionsList</name>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>På gång</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>{action} — agreed {day} · {status}</source>
        <translation>{action} — överenskommen {day} · {status}</translation>
    </message>
    <message>
        <source>No agreed actions waiting. Record a session to add some.</source>
        <translation>Inga överenskomna åtgärder väntar. Anteckna ett handledningstillfälle för att lägga till.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No figures for this period.</source>
        <translation>Inga siffror för perioden.</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>Mood</source>
        <translation>Mående</translation>
    </message>
    <message>
        <source>1 low · 5 good</source>
        <translation>1 dåligt · 5 bra</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>1 drained · 5 full</source>
        <translation>1 slutkörd · 5 pigg</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>1 calm · 5 very stressed</source>
        <translation>1 lugn · 5 mycket stressad</translation>
    </message>
    <message>
        <source>A word about today (optional)</source>
        <translation>Ett par ord om dagen (frivilligt)</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Kommentar till avstämningen</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Ångra avstämningen</translation>
    </message>
    <message>
        <source>You checked in at {time}. Change it any time today.</source>
        <translation>Du checkade in kl. {time}. Du kan ändra det när som helst i dag.</translation>
    </message>
    <message>
        <source>Check-in changed at {time}.</source>
        <translation>Avstämningen ändrades kl. {time}.</translation>
    </message>
    <message>
        <source>Checked in at {time}. Thank you for taking a moment.</source>
        <translation>Avstämningen sparades kl. {time}. Tack för att du tog dig en stund.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <source>{scale} {value} of {top}</source>
        <translation>{scale} {value} av {top}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created an encrypted journal at {path}</source>
        <translation>En krypterad dagbok har skapats i {path}</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: nobody can recover it, and without it the journal stays locked.</source>
        <translation>Förvara lösenfrasen säkert: ingen kan återskapa den, och utan den förblir dagboken låst.</translation>
    </message>
    <message>
        <source>Note: {service} copies this folder to the cloud. The journal is encrypted, but its versions and backups leave this computer; a folder that stays on it is safer.</source>
        <translation>Obs! {service} kopierar den här mappen till molnet. Dagboken är krypterad, men dess versioner och säkerhetskopior lämnar datorn; en mapp som stannar på datorn är säkrare.</translation>
    </message>
    <message>
        <source>Saved: {entry}</source>
        <translation>Sparad: {entry}</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Inga anteckningar hittades.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <source>Checked in: mood {mood}, energy {energy}, stress {stress}.</source>
        <translation>Avstämningen sparades: mående {mood}, energi {energy}, stress {stress}.</translation>
    </message>
    <message>
        <source>Write the entry; end with Ctrl-D on a new line (Ctrl-Z, Enter on Windows).</source>
        <translation>Skriv anteckningen; avsluta med Ctrl-D på en ny rad (Ctrl-Z, Enter i Windows).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>[for supervision]</source>
        <translation>[till handledningen]</translation>
    </message>
    <message>
        <source>[supervision: summary]</source>
        <translation>[handledning: sammanfattning]</translation>
    </message>
    <message>
        <source>[follow-up]</source>
        <translation>[att följa upp]</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>commands and arguments</source>
        <translation>kommandon och argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>{prog}: {problem}. See '{prog} --help'.
</source>
        <translation>{prog}: {problem}. Se '{prog} --help'.
</translation>
    </message>
    <message>
        <source>Reflect: a private, offline reflection journal for peer supporters. Without a command, the app's window opens.</source>
        <translation>Reflect: en privat reflektionsdagbok för peer supporters, helt utan internet. Utan ett kommando öppnas appens fönster.</translation>
    </message>
    <message>
        <source>For scripts: REFLECT_PASSPHRASE or --passphrase-file give the passphrase without a prompt; REFLECT_JOURNAL chooses the journal file.</source>
        <translation>För skript: REFLECT_PASSPHRASE eller --passphrase-file ger lösenfrasen utan fråga; REFLECT_JOURNAL väljer dagboksfilen.</translation>
    </message>
    <message>
        <source>the journal file to use</source>
        <translation>dagboksfilen som ska användas</translation>
    </message>
    <message>
        <source>open the window on a fictional demo journal in a temporary folder</source>
        <translation>öppna fönstret med en påhittad exempeldagbok i en tillfällig mapp</translation>
    </message>
    <message>
        <source>open every view on a temporary journal without showing it, then exit (0 = all well)</source>
        <translation>öppna varje vy med en tillfällig dagbok utan att visa den och avsluta (0 = allt fungerar)</translation>
    </message>
    <message>
        <source>log more detail to the log file (events only, never what you wrote)</source>
        <translation>logga fler detaljer i loggfilen (bara händelser, aldrig det du skrivit)</translation>
    </message>
    <message>
        <source>the language of messages: en, sv, or system (default: the window's setting)</source>
        <translation>språk för meddelanden: en, sv eller system (standard: fönstrets inställning)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of this file (for scripts)</source>
        <translation>läs lösenfrasen från första raden i den här filen (för skript)</translation>
    </message>
    <message>
        <source>create a new, encrypted journal</source>
        <translation>skapa en ny, krypterad dagbok</translation>
    </message>
    <message>
        <source>add an entry; its free text is read from standard input</source>
        <translation>lägg till en anteckning; den fria texten läses från standard in</translation>
    </message>
    <message>
        <source>each day of a month: the kinds written and the mood</source>
        <translation>varje dag i en månad: vad du skrev och ditt mående</translation>
    </message>
    <message>
        <source>entries from this day of the month in earlier months</source>
        <translation>anteckningar från samma dag i tidigare månader</translation>
    </message>
    <message>
        <source>your own templates, and the guided reflections</source>
        <translation>dina egna mallar, och de guidade reflektionerna</translation>
    </message>
    <message>
        <source>show or change the reminder after your working day</source>
        <translation>visa eller ändra påminnelsen efter arbetsdagen</translation>
    </message>
    <message>
        <source>show or change your supervision agreement</source>
        <translation>visa eller ändra din överenskommelse om handledning</translation>
    </message>
    <message>
        <source>record a supervision session: its day, length and actions</source>
        <translation>anteckna ett handledningstillfälle: dag, längd och åtgärder</translation>
    </message>
    <message>
        <source>your supervision sessions and their time over a period</source>
        <translation>dina handledningstillfällen och deras tid under en period</translation>
    </message>
    <message>
        <source>when it happened: YYYY-MM-DD, today or yesterday</source>
        <translation>när det hände: ÅÅÅÅ-MM-DD, i dag eller i går</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>en tagg (kan upprepas)</translation>
    </message>
    <message>
        <source>answer one of the kind's questions (repeatable)</source>
        <translation>svara på en av typens frågor (kan upprepas)</translation>
    </message>
    <message>
        <source>a subtheme the entry touches (repeatable; default: the kind's own)</source>
        <translation>ett undertema som anteckningen berör (kan upprepas; standard: typens egna)</translation>
    </message>
    <message>
        <source>how strongly it affected you, 0-10</source>
        <translation>hur starkt det påverkade dig, 0–10</translation>
    </message>
    <message>
        <source>private (default): never leaves the journal; summary: counted in a supervision pack with its question; full: the whole entry goes into the pack</source>
        <translation>private (standard): lämnar aldrig dagboken; summary: räknas i handledningsunderlaget med sin fråga; full: hela anteckningen kommer med i underlaget</translation>
    </message>
    <message>
        <source>shorthand for --share full</source>
        <translation>kortform för --share full</translation>
    </message>
    <message>
        <source>the question to bring to supervision</source>
        <translation>frågan att ta med till handledningen</translation>
    </message>
    <message>
        <source>for a group session: your questions only</source>
        <translation>för handledning i grupp: bara dina frågor</translation>
    </message>
    <message>
        <source>folder for the backup (default: beside the journal)</source>
        <translation>mapp för säkerhetskopian (standard: bredvid dagboken)</translation>
    </message>
    <message>
        <source>the month (default: this one)</source>
        <translation>månaden (standard: den här)</translation>
    </message>
    <message>
        <source>turn it on</source>
        <translation>slå på den</translation>
    </message>
    <message>
        <source>turn it off</source>
        <translation>stäng av den</translation>
    </message>
    <message>
        <source>the days you work, such as mon,tue,wed,thu,fri</source>
        <translation>de dagar du jobbar, till exempel mon,tue,wed,thu,fri</translation>
    </message>
    <message>
        <source>when your working day ends</source>
        <translation>när din arbetsdag slutar</translation>
    </message>
    <message>
        <source>change one part (repeatable): supervisor, how_often, form (individual, group, both), confidentiality, what_we_bring, notes_kept, review_on (a date)</source>
        <translation>ändra en del (kan upprepas): supervisor, how_often, form (individual, group, both), confidentiality, what_we_bring, notes_kept, review_on (ett datum)</translation>
    </message>
    <message>
        <source>the day it was held (default: today)</source>
        <translation>dagen det hölls (standard: i dag)</translation>
    </message>
    <message>
        <source>how long it was, in minutes</source>
        <translation>hur länge det varade, i minuter</translation>
    </message>
    <message>
        <source>it was in a group</source>
        <translation>det var i grupp</translation>
    </message>
    <message>
        <source>what you talked about</source>
        <translation>vad ni pratade om</translation>
    </message>
    <message>
        <source>an action you agreed (repeatable)</source>
        <translation>en åtgärd ni kom överens om (kan upprepas)</translation>
    </message>
    <message>
        <source>first day (default: 1 January)</source>
        <translation>första dagen (standard: 1 januari)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>sista dagen (standard: i dag)</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>lista anteckningar, nyaste först</translation>
    </message>
    <message>
        <source>list every problem found, not only the verdict</source>
        <translation>lista alla problem som hittades, inte bara resultatet</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>skriv ut JSON</translation>
    </message>
    <message>
        <source>find entries by words (full text)</source>
        <translation>hitta anteckningar på ord (fritext)</translation>
    </message>
    <message>
        <source>record how you are: mood, energy, stress</source>
        <translation>anteckna hur du mår: mående, energi, stress</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high)</source>
        <translation>1 (lågt) till 5 (högt)</translation>
    </message>
    <message>
        <source>a private summary of a period</source>
        <translation>en privat sammanfattning av en period</translation>
    </message>
    <message>
        <source>default: four weeks ago</source>
        <translation>standard: för fyra veckor sedan</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>standard: i dag</translation>
    </message>
    <message>
        <source>write a supervision pack: shared entries only, never private ones</source>
        <translation>skapa ett handledningsunderlag: bara delade anteckningar, aldrig privata</translation>
    </message>
    <message>
        <source>replace every detail that could identify someone (personal numbers, phones, e-mail, addresses, dates of birth, names on your list); without it the export stops and lists them</source>
        <translation>ersätt allt som kan identifiera någon (personnummer, telefonnummer, e-post, adresser, födelsedatum, namn från din lista); utan detta avbryts exporten och uppgifterna listas</translation>
    </message>
    <message>
        <source>include the check-ins chart</source>
        <translation>ta med diagrammet över avstämningar</translation>
    </message>
    <message>
        <source>write an encrypted backup of the journal</source>
        <translation>gör en krypterad säkerhetskopia av dagboken</translation>
    </message>
    <message>
        <source>put a backup in place of the journal (the current one is kept beside it)</source>
        <translation>lägg en säkerhetskopia i dagbokens ställe (den nuvarande sparas bredvid)</translation>
    </message>
    <message>
        <source>check the journal's encryption and structure</source>
        <translation>kontrollera dagbokens kryptering och struktur</translation>
    </message>
    <message>
        <source>write everything to a JSON file (not encrypted)</source>
        <translation>spara allt i en JSON-fil (inte krypterad)</translation>
    </message>
    <message>
        <source>read a Reflect, jrnl or Day One JSON export (all or nothing)</source>
        <translation>läs in en JSON-export från Reflect, jrnl eller Day One (allt eller inget)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Lösenfrasen igen: </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries and everything else to {path}. It is NOT encrypted: keep it safe.</source>
        <translation>
            <numerusform>%n anteckning och allt annat har sparats i {path}. Filen är INTE krypterad: förvara den säkert.</numerusform>
            <numerusform>%n anteckningar och allt annat har sparats i {path}. Filen är INTE krypterad: förvara den säkert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n ny anteckning</numerusform>
            <numerusform>%n nya anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already here),</source>
        <translation>
            <numerusform>(%n fanns redan),</numerusform>
            <numerusform>(%n fanns redan),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins.</source>
        <translation>
            <numerusform>%n avstämning.</numerusform>
            <numerusform>%n avstämningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: {path} (it opens with the passphrase the journal has now)</source>
        <translation>Säkerhetskopian har sparats: {path} (den öppnas med den lösenfras dagboken har nu)</translation>
    </message>
    <message>
        <source>Restored {backup} as {journal}.</source>
        <translation>{backup} är återställd som {journal}.</translation>
    </message>
    <message>
        <source>Restored {backup} as {journal}; the previous journal is kept as {kept}</source>
        <translation>{backup} är återställd som {journal}; den tidigare dagboken finns kvar som {kept}</translation>
    </message>
    <message>
        <source>The journal is intact: encryption and structure checked.</source>
        <translation>Dagboken är oskadd: kryptering och struktur har kontrollerats.</translation>
    </message>
    <message>
        <source>Imported from {source}:</source>
        <translation>Importerat från {source}:</translation>
    </message>
    <message>
        <source>Left out, {reason}: {count}</source>
        <translation>Utelämnade, {reason}: {count}</translation>
    </message>
    <message>
        <source>Names to keep out: added from the file: {count}; none removed.</source>
        <translation>Namn att dölja: {count} namn lades till från filen; inga togs bort.</translation>
    </message>
    <message>
        <source>Settings added from the file: {keys}.</source>
        <translation>Inställningar som lades till från filen: {keys}.</translation>
    </message>
    <message>
        <source>Settings kept as this journal had them: {keys}.</source>
        <translation>Inställningar som behölls som de var i den här dagboken: {keys}.</translation>
    </message>
    <message>
        <source>Summary {start} – {end}</source>
        <translation>Sammanfattning {start} – {end}</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Teman:</translation>
    </message>
    <message>
        <source>Open follow-ups:</source>
        <translation>Att följa upp:</translation>
    </message>
    <message>
        <source>Questions for supervision:</source>
        <translation>Frågor till handledningen:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: %n shared entries.</source>
        <translation>
            <numerusform>{path} har sparats: %n delad anteckning.</numerusform>
            <numerusform>{path} har sparats: %n delade anteckningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n details that could identify someone.</source>
        <translation>
            <numerusform>%n uppgift som kan identifiera någon är ersatt.</numerusform>
            <numerusform>%n uppgifter som kan identifiera någon är ersatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack was written, but the journal's export log could not note it: {reason}</source>
        <translation>Underlaget har sparats, men det gick inte att föra in det i dagbokens exportlogg: {reason}</translation>
    </message>
    <message>
        <source>reflect: an argument is not valid UTF-8 text; nothing was done.</source>
        <translation>reflect: ett argument är inte giltig UTF-8-text; inget gjordes.</translation>
    </message>
    <message>
        <source>reflect: --journal needs the path of a journal file.</source>
        <translation>reflect: --journal behöver sökvägen till en dagboksfil.</translation>
    </message>
    <message>
        <source>A restore that was interrupted has been finished: the backup is now the journal, and the journal before it is kept as {kept}.</source>
        <translation>En återställning som avbröts har slutförts: säkerhetskopian är nu dagboken, och den tidigare dagboken finns kvar som {kept}.</translation>
    </message>
    <message>
        <source>A restore that was interrupted before it began has been undone: the journal is as it was.</source>
        <translation>En återställning som avbröts innan den hann börja har ångrats: dagboken är som den var.</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier months.</source>
        <translation>Inget skrivet den här dagen tidigare månader.</translation>
    </message>
    <message numerus="yes">
        <source>Session recorded: {day}, {length}, {form}; %n agreed actions.</source>
        <translation>
            <numerusform>Handledningstillfället är antecknat: {day}, {length}, {form}; %n överenskommen åtgärd.</numerusform>
            <numerusform>Handledningstillfället är antecknat: {day}, {length}, {form}; %n överenskomna åtgärder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No supervision agreement yet: add one with --set, or in the window.</source>
        <translation>Ingen överenskommelse om handledning än: lägg till en med --set, eller i fönstret.</translation>
    </message>
    <message>
        <source>No templates of your own yet: make one under Prompts in the window.</source>
        <translation>Inga egna mallar än: gör en under Reflektionsfrågor i fönstret.</translation>
    </message>
    <message>
        <source>The reminder is on: {weekdays} at {time}, while Reflect runs.</source>
        <translation>Påminnelsen är på: {weekdays} klockan {time}, medan Reflect är igång.</translation>
    </message>
    <message>
        <source>The reminder is off.</source>
        <translation>Påminnelsen är avstängd.</translation>
    </message>
</context>
<context>
    <name>CreateJournalDialog</name>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Välkommen till Reflect</translation>
    </message>
    <message>
        <source>Reflect is a private journal for reflecting on your work as a peer supporter and preparing for supervision. Everything stays on this computer, encrypted; it is not a patient record.</source>
        <translation>Reflect är en privat dagbok där du kan reflektera över ditt arbete som peer supporter och förbereda dig inför handledning. Allt stannar krypterat på den här datorn. Det är ingen patientjournal.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the Reflect team. Choose one you will remember, at least 8 characters; a few unrelated words make a strong one.</source>
        <translation>Ingen kan återställa en glömd lösenfras, inte ens Reflect-teamet. Välj en som du kommer ihåg, minst 8 tecken. Några ord som inte hör ihop blir en stark lösenfras.</translation>
    </message>
    <message>
        <source>Create journal</source>
        <translation>Skapa dagbok</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>DraftRestoreDialog</name>
    <message>
        <source>Unsaved writing found</source>
        <translation>Det finns osparad text</translation>
    </message>
    <message>
        <source>Reflect was closed before this writing was saved. It is kept safe in your journal. Restore it to go on writing, or let it go.</source>
        <translation>Reflect stängdes innan texten hann sparas. Den ligger tryggt kvar i din dagbok. Återställ den och skriv vidare, eller ta bort den.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Osparade utkast</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(inga ord än)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Släng alla</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Discard all unsaved writing?</source>
        <translation>Kasta all osparad text?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n piece(s) of unsaved writing for good? This cannot be undone.</source>
        <translation>
            <numerusform>Kasta %n osparad text för gott? Det går inte att ångra.</numerusform>
            <numerusform>Kasta %n osparade texter för gott? Det går inte att ångra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>For supervision</source>
        <translation>Till handledningen</translation>
    </message>
    <message>
        <source>Supervision: question only</source>
        <translation>Handledning: bara frågan</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Att följa upp</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>When it happened</source>
        <translation>När det hände</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (optional: the first words are used otherwise)</source>
        <translation>Titel (frivillig – annars används de första orden)</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med dina egna ord</translation>
    </message>
    <message>
        <source>When you write about patients, use initials or a made-up name – never an ID number, and leave out details that make someone recognisable.</source>
        <translation>När du skriver om patienter: använd initialer eller ett påhittat namn – aldrig personnummer – och utelämna detaljer som gör någon igenkännbar.</translation>
    </message>
    <message>
        <source>Subtheme</source>
        <translation>Undertema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Touches on</source>
        <translation>Berör</translation>
    </message>
    <message>
        <source>What happened, in your own words</source>
        <translation>Vad som hände, med dina egna ord</translation>
    </message>
    <message>
        <source>Anything else, in your own words</source>
        <translation>Något mer, med dina egna ord</translation>
    </message>
    <message>
        <source>This may identify someone: {found}. Consider initials or a made-up name; a supervision pack will ask before it includes it.</source>
        <translation>Det här kan identifiera någon: {found}. Använd gärna initialer eller ett påhittat namn. Du får en fråga innan det kommer med i ett handledningsunderlag.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} and %n more</source>
        <translation>
            <numerusform>{shown} och %n till</numerusform>
            <numerusform>{shown} och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>EntryKinds</name>
    <message>
        <source>Closeness and distance</source>
        <translation>Närhet och distans</translation>
    </message>
    <message>
        <source>How much of my own story I shared, and where I drew the line.</source>
        <translation>Hur mycket av min egen berättelse jag delade, och var jag drog gränsen.</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>What I shared of my own experience</source>
        <translation>Vad jag delade av min egen erfarenhet</translation>
    </message>
    <message>
        <source>Where I drew the line</source>
        <translation>Var jag drog gränsen</translation>
    </message>
    <message>
        <source>What it stirred in me</source>
        <translation>Vad det väckte hos mig</translation>
    </message>
    <message>
        <source>Who I turned to afterwards</source>
        <translation>Vem jag vände mig till efteråt</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Vad jag skulle göra annorlunda</translation>
    </message>
    <message>
        <source>How much it affected me</source>
        <translation>Hur mycket det påverkade mig</translation>
    </message>
    <message>
        <source>Loyalty conflict</source>
        <translation>Lojalitetskonflikt</translation>
    </message>
    <message>
        <source>When the patient and the team wanted different things.</source>
        <translation>När patienten och teamet ville olika saker.</translation>
    </message>
    <message>
        <source>What the patient wanted</source>
        <translation>Vad patienten ville</translation>
    </message>
    <message>
        <source>What the team wanted</source>
        <translation>Vad teamet ville</translation>
    </message>
    <message>
        <source>Where I ended up</source>
        <translation>Var jag hamnade</translation>
    </message>
    <message>
        <source>On the patient's side</source>
        <translation>På patientens sida</translation>
    </message>
    <message>
        <source>On the team's side</source>
        <translation>På teamets sida</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Mittemellan</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Vad jag gjorde</translation>
    </message>
    <message>
        <source>Does something need reporting or documenting through the workplace routine?</source>
        <translation>Behöver något rapporteras eller dokumenteras enligt arbetsplatsens rutin?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Has that been done?</source>
        <translation>Är det gjort?</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Meeting stigma</source>
        <translation>Upplevt stigma</translation>
    </message>
    <message>
        <source>Stigma aimed at me, at patients, or carried inside me.</source>
        <translation>Stigma riktat mot mig eller mot patienter, eller som jag bär inom mig.</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Varifrån det kom</translation>
    </message>
    <message>
        <source>My own thoughts</source>
        <translation>Mina egna tankar</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message>
        <source>Language in talk or records</source>
        <translation>Språket i samtal eller journaler</translation>
    </message>
    <message>
        <source>The organisation (contract, job code, clothes, premises)</source>
        <translation>Organisationen (anställning, befattningskod, kläder, lokaler)</translation>
    </message>
    <message>
        <source>A patient or relative</source>
        <translation>En patient eller anhörig</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Någon annanstans</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Hur jag reagerade</translation>
    </message>
    <message>
        <source>What would help</source>
        <translation>Vad som skulle hjälpa</translation>
    </message>
    <message>
        <source>Meaningful moment</source>
        <translation>Meningsfullt ögonblick</translation>
    </message>
    <message>
        <source>A moment when the work mattered.</source>
        <translation>Ett ögonblick då arbetet gjorde skillnad.</translation>
    </message>
    <message>
        <source>What it meant</source>
        <translation>Vad det betydde</translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation>Vad jag vill komma ihåg</translation>
    </message>
    <message>
        <source>In the team</source>
        <translation>Upplevelse i teamet</translation>
    </message>
    <message>
        <source>Feeling appreciated by the team, or meeting an obstacle.</source>
        <translation>Att känna sig uppskattad av teamet, eller att stöta på ett hinder.</translation>
    </message>
    <message>
        <source>It was</source>
        <translation>Det var</translation>
    </message>
    <message>
        <source>Appreciation</source>
        <translation>Uppskattning</translation>
    </message>
    <message>
        <source>An obstacle</source>
        <translation>Ett hinder</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Vad jag behöver</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Fri reflektion</translation>
    </message>
    <message>
        <source>A free reflection after work, often from a prompt.</source>
        <translation>En fri reflektion efter jobbet, ofta utifrån en reflektionsfråga.</translation>
    </message>
</context>
<context>
    <name>EntryReader</name>
    <message>
        <source>The entry</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Tillbaka till listan (Esc)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit this entry (Ctrl+E)</source>
        <translation>Redigera anteckningen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Private: stays in this journal.</source>
        <translation>Privat: stannar i den här dagboken.</translation>
    </message>
    <message>
        <source>For supervision: counted, and its question shown.</source>
        <translation>Till handledningen: räknas, och frågan visas.</translation>
    </message>
    <message>
        <source>For supervision: the whole entry.</source>
        <translation>Till handledningen: hela anteckningen.</translation>
    </message>
    <message>
        <source>My question: {question}</source>
        <translation>Min fråga: {question}</translation>
    </message>
    <message>
        <source>To follow up.</source>
        <translation>Att följa upp.</translation>
    </message>
</context>
<context>
    <name>ErrorNet</name>
    <message>
        <source>Something went wrong inside Reflect. Everything saved is safe, and the window goes on working. Reflect's log notes where it happened, never what you wrote.</source>
        <translation>Något gick fel i Reflect. Allt som är sparat är i säkerhet, och fönstret fortsätter att fungera. Reflects logg noterar var det hände, aldrig vad du skrev.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Supervision pack</source>
        <translation>Handledningsunderlag</translation>
    </message>
    <message>
        <source>Entries shared in full</source>
        <translation>Anteckningar som delas i sin helhet</translation>
    </message>
    <message>
        <source>Themes and a chart</source>
        <translation>Teman och ett diagram</translation>
    </message>
    <message>
        <source>My role in practice (activity log)</source>
        <translation>Min roll i praktiken (aktivitetsloggen)</translation>
    </message>
    <message>
        <source>Wellbeing check-ins and a chart</source>
        <translation>Avstämningar om mående och ett diagram</translation>
    </message>
    <message>
        <source>Agreed actions, carried until done</source>
        <translation>Överenskomna åtgärder, som följer med tills de är klara</translation>
    </message>
    <message>
        <source>Supervision time</source>
        <translation>Tid i handledning</translation>
    </message>
    <message>
        <source>Room for the outcome</source>
        <translation>Plats för vad handledningen gav</translation>
    </message>
    <message>
        <source>For a group session: my questions only</source>
        <translation>För handledning i grupp: bara mina frågor</translation>
    </message>
    <message>
        <source>Private entries are never included. Entries marked “question only” are counted and their question shown, without their text.</source>
        <translation>Privata anteckningar kommer aldrig med. Anteckningar som är markerade med ”Bara frågan” räknas och deras fråga visas, men inte deras text.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Details that could identify someone</source>
        <translation>Uppgifter som kan identifiera någon</translation>
    </message>
    <message>
        <source>Replace with […]</source>
        <translation>Ersätt med […]</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Ersätt alla</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Period: {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>Details that could identify someone in the pack: %n. Replace them before the pack leaves this computer.</source>
        <translation>
            <numerusform>%n uppgift i underlaget kan identifiera någon. Ersätt den innan underlaget lämnar den här datorn.</numerusform>
            <numerusform>%n uppgifter i underlaget kan identifiera någon. Ersätt dem innan underlaget lämnar den här datorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that could identify someone.</source>
        <translation>Inget som kan identifiera någon hittades.</translation>
    </message>
    <message>
        <source>Export the supervision pack</source>
        <translation>Exportera handledningsunderlaget</translation>
    </message>
    <message>
        <source>Preparing the pack…</source>
        <translation>Förbereder underlaget…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts. Ingenting har sparats.</translation>
    </message>
    <message>
        <source>Could not write the file: {reason}</source>
        <translation>Det gick inte att spara filen: {reason}</translation>
    </message>
    <message>
        <source>Written: {path}. The journal's export log could not note it: {reason}</source>
        <translation>Sparad: {path}. Det gick inte att föra in den i dagbokens exportlogg: {reason}</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message numerus="yes">
        <source>The pack still holds %n details that could identify someone. Export it anyway?</source>
        <translation>
            <numerusform>Underlaget innehåller fortfarande %n uppgift som kan identifiera någon. Vill du exportera det ändå?</numerusform>
            <numerusform>Underlaget innehåller fortfarande %n uppgifter som kan identifiera någon. Vill du exportera det ändå?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Subtheme</source>
        <translation>Undertema</translation>
    </message>
    <message>
        <source>All subthemes</source>
        <translation>Alla underteman</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Private or shared</source>
        <translation>Privata och delade</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Bara privata</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Till handledningen</translation>
    </message>
    <message>
        <source>Question only</source>
        <translation>Bara frågan</translation>
    </message>
    <message>
        <source>Full text shared</source>
        <translation>Hela anteckningen delas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Oavsett uppföljning</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Ingen uppföljning</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Reflect guide</source>
        <translation>Guide till Reflect</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>That link points at {target}, which Reflect does not open.</source>
        <translation>Länken pekar på {target}, som Reflect inte öppnar.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Reflect &amp;guide</source>
        <translation>&amp;Guide till Reflect</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Reflect</source>
        <translation>&amp;Om Reflect</translation>
    </message>
    <message>
        <source>Ctrl+N, then 1–6</source>
        <translation>Ctrl+N, sedan 1–6</translation>
    </message>
    <message>
        <source>New entry of that kind</source>
        <translation>Ny anteckning av den typen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <source>The next or the previous control</source>
        <translation>Nästa eller föregående kontroll</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenterna</translation>
    </message>
    <message>
        <source>Move the choice on a scale, or within a list</source>
        <translation>Flyttar valet på en skala, eller i en lista</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <source>Choose, or clear, the answer or tick box with the focus</source>
        <translation>Väljer, eller tar bort, svaret eller kryssrutan som har fokus</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Name from your list</source>
        <translation>Namn från din lista</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path} is too large to be a journal export.</source>
        <translation>{path} är för stor för att vara en export av en dagbok.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan inte läsa {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON ({reason}).</source>
        <translation>{path} är inte giltig JSON ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ingenting importerades: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has a missing or wrong value ({reason}).</source>
        <translation>Ingenting importerades: filen saknar ett värde eller har ett felaktigt ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a Reflect, jrnl or Day One JSON export; nothing was imported.</source>
        <translation>{path} är inte en JSON-export från Reflect, jrnl eller Day One; ingenting importerades.</translation>
    </message>
    <message>
        <source>Nothing was imported: entry {number} {name} has a missing or wrong value ({reason}).</source>
        <translation>Inget importerades: anteckning {number} {name} har ett värde som saknas eller är fel ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was imported: check-in {number} {name} has a missing or wrong value ({reason}).</source>
        <translation>Inget importerades: avstämning {number} {name} har ett värde som saknas eller är fel ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was imported: entry {number} has the same id as an earlier one ({uuid}).</source>
        <translation>Inget importerades: anteckning {number} har samma id som en tidigare ({uuid}).</translation>
    </message>
    <message>
        <source>This Reflect file has no format version, or one that is not a whole number; nothing was imported.</source>
        <translation>Den här Reflect-filen saknar formatversion, eller har en som inte är ett heltal; inget importerades.</translation>
    </message>
    <message>
        <source>This file comes from a newer Reflect (format {version}); update Reflect to import it.</source>
        <translation>Filen kommer från en nyare Reflect (format {version}); uppdatera Reflect för att importera den.</translation>
    </message>
    <message>
        <source>Nothing was imported: check-in {number} is dated {day}, which cannot be right.</source>
        <translation>Inget importerades: avstämning {number} har datumet {day}, vilket inte kan stämma.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomma</translation>
    </message>
    <message>
        <source>only photos or other media</source>
        <translation>bara foton eller andra medier</translation>
    </message>
    <message>
        <source>the same entry twice in the file</source>
        <translation>samma anteckning två gånger i filen</translation>
    </message>
    <message>
        <source>[photo]</source>
        <translation>[foto]</translation>
    </message>
    <message>
        <source>[video]</source>
        <translation>[video]</translation>
    </message>
    <message>
        <source>[audio]</source>
        <translation>[ljud]</translation>
    </message>
    <message>
        <source>[PDF]</source>
        <translation>[PDF]</translation>
    </message>
    <message>
        <source>[drawing]</source>
        <translation>[teckning]</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal</source>
        <translation>Sök i dagboken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try the beginning of a word, fewer words, or Clear filters to show every entry.</source>
        <translation>Inget stämmer. Prova början av ett ord, färre ord, eller Rensa filter för att visa alla anteckningar.</translation>
    </message>
    <message>
        <source>Nothing written yet. Choose a kind on Today, or press Ctrl+N, to write your first entry.</source>
        <translation>Inget skrivet än. Välj en typ under I dag, eller tryck Ctrl+N, för att skriva din första anteckning.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Ta bort anteckningen</translation>
    </message>
    <message>
        <source>Delete “{title}” from {day}? You can undo this for a short while.</source>
        <translation>Ta bort ”{title}” från {day}? Du kan ångra det en kort stund efteråt.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Anteckningen är borttagen.</translation>
    </message>
</context>
<context>
    <name>KindButton</name>
    <message>
        <source>Kind of entry: {kind}</source>
        <translation>Typ av anteckning: {kind}</translation>
    </message>
    <message>
        <source>Change the kind of this entry</source>
        <translation>Byt typ för den här anteckningen</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>Kind of entry</source>
        <translation>Typ av anteckning</translation>
    </message>
    <message>
        <source>New entry of kind</source>
        <translation>Ny anteckning av typen</translation>
    </message>
    <message>
        <source>New entry: {kind}</source>
        <translation>Ny anteckning: {kind}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <translation>Samma som systemet</translation>
    </message>
</context>
<context>
    <name>LookingBack</name>
    <message>
        <source>low</source>
        <translation>lågt</translation>
    </message>
    <message>
        <source>rather low</source>
        <translation>ganska lågt</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>mittemellan</translation>
    </message>
    <message>
        <source>rather good</source>
        <translation>ganska bra</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>mood {mood} of 5 ({word})</source>
        <translation>mående {mood} av 5 ({word})</translation>
    </message>
    <message>
        <source>Nothing written and no check-in.</source>
        <translation>Inget skrivet och ingen avstämning.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>ingen avstämning</translation>
    </message>
    <message>
        <source>Nothing written or checked in this month.</source>
        <translation>Inget skrivet och ingen avstämning den här månaden.</translation>
    </message>
    <message numerus="yes">
        <source>Entries on %n days</source>
        <translation>
            <numerusform>Anteckningar på %n dag</numerusform>
            <numerusform>Anteckningar på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a check-in on %n days.</source>
        <translation>
            <numerusform>avstämning på %n dag.</numerusform>
            <numerusform>avstämning på %n dagar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>för %n år sedan</numerusform>
            <numerusform>för %n år sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>för %n månad sedan</numerusform>
            <numerusform>för %n månader sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dagbok</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny anteckning…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <source>&amp;Print this entry…</source>
        <translation>&amp;Skriv ut den här anteckningen…</translation>
    </message>
    <message>
        <source>Go to the &amp;sections</source>
        <translation>Gå till &amp;avsnitten</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Hide and lock</source>
        <translation>&amp;Dölj och lås</translation>
    </message>
    <message>
        <source>Demo journal: fictional entries in a temporary folder, removed when you quit. Its passphrase is “{passphrase}”: lock it (Ctrl+L) to see how unlocking works.</source>
        <translation>Exempeldagbok: påhittade anteckningar i en tillfällig mapp som tas bort när du avslutar. Lösenfrasen är ”{passphrase}”: lås den (Ctrl+L) för att se hur upplåsningen fungerar.</translation>
    </message>
    <message>
        <source>Reflect — demo</source>
        <translation>Reflect – demo</translation>
    </message>
    <message>
        <source>Unsaved writing</source>
        <translation>Osparad text</translation>
    </message>
    <message>
        <source>Save the entry you are writing before going on?</source>
        <translation>Vill du spara anteckningen du skriver innan du går vidare?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>OwnHardDayDialog</name>
    <message>
        <source>When it is your own hard day</source>
        <translation>När det är din egen tunga dag</translation>
    </message>
    <message>
        <source>Hard days come to everyone who does this work, and lived experience does not make them a sign of anything. You do not have to write or explain. If it helps, turn to what has helped before.</source>
        <translation>Tunga dagar kommer till alla som gör det här arbetet, och egen erfarenhet gör dem inte till ett tecken på något. Du behöver inte skriva eller förklara. Om det hjälper: vänd dig till det som har hjälpt förut.</translation>
    </message>
    <message>
        <source>Your own plan</source>
        <translation>Din egen plan</translation>
    </message>
    <message>
        <source>A plan of your own</source>
        <translation>En egen plan</translation>
    </message>
    <message>
        <source>In Settings you can write down what helps you and who you can contact (someone you trust, your manager or supervisor); it is kept inside the encrypted journal and shown here.</source>
        <translation>Under Inställningar kan du skriva ner vad som hjälper dig och vem du kan kontakta (någon du litar på, din chef eller handledare). Det sparas i den krypterade dagboken och visas här.</translation>
    </message>
    <message>
        <source>You can also talk to someone you trust, your manager or your supervisor, or your own health care. If you are in danger or thinking of harming yourself, call your local emergency number now.</source>
        <translation>Du kan också prata med någon du litar på, din chef eller handledare, eller din egen vård. Sjukvårdsrådgivning dygnet runt: 1177. Självmordslinjen: ring 90101 eller chatta via mind.se. Är du i fara eller tänker skada dig själv: ring 112 nu.</translation>
    </message>
</context>
<context>
    <name>OwnSupportSection</name>
    <message>
        <source>When it is your own hard day</source>
        <translation>När det är din egen tunga dag</translation>
    </message>
    <message>
        <source>What helps you, and who you can contact: someone you trust, your manager or supervisor, your own care. Today shows it when you ask, or when your check-ins have been heavy for a few days. Kept inside the encrypted journal.</source>
        <translation>Vad som hjälper dig, och vem du kan kontakta: någon du litar på, din chef eller handledare, din egen vård. Reflect visar det när du ber om det, eller när dina avstämningar har varit tunga några dagar. Sparas i den krypterade dagboken.</translation>
    </message>
    <message>
        <source>My plan and people to contact</source>
        <translation>Min plan och vem jag kan kontakta</translation>
    </message>
    <message>
        <source>For example: a walk first. Call Sam, 070-… Tell my manager if it lasts.</source>
        <translation>Till exempel: en promenad först. Ring Sam, 070-… Säg till chefen om det håller i sig.</translation>
    </message>
    <message>
        <source>Save my plan</source>
        <translation>Spara min plan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message numerus="yes">
        <source>What the work consisted of, from the activity log (%n days logged).</source>
        <translation>
            <numerusform>Vad arbetet bestod av, enligt aktivitetsloggen (%n loggad dag).</numerusform>
            <numerusform>Vad arbetet bestod av, enligt aktivitetsloggen (%n loggade dagar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Averages from %n check-ins: mood {mood}, energy {energy}, stress {stress}.</source>
        <translation>
            <numerusform>Genomsnitt från %n avstämning: mående {mood}, energi {energy}, stress {stress}.</numerusform>
            <numerusform>Genomsnitt från %n avstämningar: mående {mood}, energi {energy}, stress {stress}.</numerusform>
        </translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Om det här underlaget</translation>
    </message>
    <message>
        <source>I chose what is in it from my own private reflection journal. It is not the patient record: what concerns a patient's care is written there.</source>
        <translation>Jag har valt innehållet ur min egen privata reflektionsdagbok. Det är inte patientjournalen: det som gäller en patients vård skrivs där.</translation>
    </message>
    <message>
        <source>Patients appear by initials or invented names, never by name.</source>
        <translation>Patienter finns bara med som initialer eller påhittade namn, aldrig med namn.</translation>
    </message>
    <message>
        <source>Some entries bring only the question I want to talk about, not what I wrote; they are counted, and their question is listed.</source>
        <translation>Vissa anteckningar tar bara med frågan jag vill prata om, inte det jag skrev; de räknas, och frågan står med.</translation>
    </message>
    <message>
        <source>The themes come from the interview study “{title}” (doi:{doi}); the prompts are written in Reflect's own words.</source>
        <translation>Temana kommer från intervjustudien ”{title}” (doi:{doi}); reflektionsfrågorna är skrivna med Reflects egna ord.</translation>
    </message>
    <message>
        <source>Supervision is often in a group: I bring what fits the room, and the pack stays with me afterwards.</source>
        <translation>Handledning sker ofta i grupp: jag tar upp det som passar i rummet, och underlaget stannar hos mig efteråt.</translation>
    </message>
    <message>
        <source>Supervision pack</source>
        <translation>Handledningsunderlag</translation>
    </message>
    <message>
        <source>Confidential — for supervision</source>
        <translation>Konfidentiellt – för handledning</translation>
    </message>
    <message>
        <source>Period {period}. Made {day}.</source>
        <translation>Period {period}. Skapat {day}.</translation>
    </message>
    <message>
        <source>Private — from my reflection journal</source>
        <translation>Privat – ur min reflektionsdagbok</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>No questions for this period.</source>
        <translation>Inga frågor för den här perioden.</translation>
    </message>
    <message>
        <source>The period in words</source>
        <translation>Perioden i ord</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Entries shared for this period: {count}, of which {full} in full.</source>
        <translation>Delade anteckningar under perioden: {count}, varav {full} i sin helhet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Bar chart of entries per theme. The most frequent is {theme}, with {count}. The table after the chart gives every figure.</source>
        <translation>Stapeldiagram över anteckningar per tema. Vanligast är {theme}, med {count}. Tabellen efter diagrammet ger alla siffror.</translation>
    </message>
    <message>
        <source>Entries by theme</source>
        <translation>Anteckningar per tema</translation>
    </message>
    <message>
        <source>Subtheme</source>
        <translation>Undertema</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Stigma</source>
        <translation>Stigma</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Varifrån det kom</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <source>How much it affected me, on average: {value} of 10.</source>
        <translation>Hur mycket det påverkade mig, i genomsnitt: {value} av 10.</translation>
    </message>
    <message>
        <source>My role in practice</source>
        <translation>Min roll i praktiken</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Mående</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Wellbeing over time (1–5)</source>
        <translation>Mående över tid (1–5)</translation>
    </message>
    <message>
        <source>Line chart of mood, energy and stress on a scale of 1 to 5, day by day from {first} to {last}. The table after the chart gives every figure.</source>
        <translation>Linjediagram över mående, energi och stress på en skala från 1 till 5, dag för dag från {first} till {last}. Tabellen efter diagrammet ger alla siffror.</translation>
    </message>
    <message>
        <source>Agreed actions, carried until done</source>
        <translation>Överenskomna åtgärder, som följer med tills de är klara</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Supervision time</source>
        <translation>Tid i handledning</translation>
    </message>
    <message>
        <source>In this period: {time}</source>
        <translation>Under perioden: {time}</translation>
    </message>
    <message>
        <source>This year until {day}: {time}</source>
        <translation>I år till och med {day}: {time}</translation>
    </message>
    <message>
        <source>Questions I bring</source>
        <translation>Frågor jag vill ta upp</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Taggar: {tags}</translation>
    </message>
    <message>
        <source>Outcome of the session</source>
        <translation>Vad handledningstillfället gav</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>Vad vi pratade om</translation>
    </message>
    <message>
        <source>What I take with me, and agreed actions</source>
        <translation>Vad jag tar med mig, och överenskomna åtgärder</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>För kort: minst 8 tecken.</translation>
    </message>
    <message>
        <source>Weak: add a word or two.</source>
        <translation>Svag: lägg till ett eller två ord.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Hyfsad: ett ord till gör den stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>PassphraseHints</name>
    <message>
        <source>Show passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock verkar vara på.</translation>
    </message>
</context>
<context>
    <name>PeriodInWords</name>
    <message numerus="yes">
        <source>You wrote %n entries</source>
        <translation>
            <numerusform>Du skrev %n anteckning</numerusform>
            <numerusform>Du skrev %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>{wrote}, most often: {kind} ({count}).</source>
        <translation>{wrote}, oftast om: {kind} ({count}).</translation>
    </message>
    <message>
        <source>{wrote}.</source>
        <translation>{wrote}.</translation>
    </message>
    <message numerus="yes">
        <source>On the %n days you logged, most of the work was {activity} ({count}).</source>
        <translation>
            <numerusform>Den %n dag du loggade bestod arbetet mest av {activity} ({count}).</numerusform>
            <numerusform>De %n dagar du loggade bestod arbetet mest av {activity} ({count}).</numerusform>
        </translation>
    </message>
    <message>
        <source>your mood was low</source>
        <translation>ditt mående var lågt</translation>
    </message>
    <message>
        <source>your mood was on the low side</source>
        <translation>ditt mående var ganska lågt</translation>
    </message>
    <message>
        <source>your mood was in the middle</source>
        <translation>ditt mående låg mitt emellan</translation>
    </message>
    <message>
        <source>your mood was fairly good</source>
        <translation>ditt mående var ganska bra</translation>
    </message>
    <message>
        <source>your mood was good</source>
        <translation>ditt mående var bra</translation>
    </message>
    <message>
        <source>your energy was low</source>
        <translation>din energi var låg</translation>
    </message>
    <message>
        <source>your energy was on the low side</source>
        <translation>din energi var ganska låg</translation>
    </message>
    <message>
        <source>your energy was in the middle</source>
        <translation>din energi låg mitt emellan</translation>
    </message>
    <message>
        <source>your energy was fairly good</source>
        <translation>din energi var ganska god</translation>
    </message>
    <message>
        <source>your energy was good</source>
        <translation>din energi var god</translation>
    </message>
    <message>
        <source>stress was low</source>
        <translation>stressen var låg</translation>
    </message>
    <message>
        <source>stress was fairly low</source>
        <translation>stressen var ganska låg</translation>
    </message>
    <message>
        <source>stress was in the middle</source>
        <translation>stressen låg mitt emellan</translation>
    </message>
    <message>
        <source>stress was fairly high</source>
        <translation>stressen var ganska hög</translation>
    </message>
    <message>
        <source>stress was high</source>
        <translation>stressen var hög</translation>
    </message>
    <message numerus="yes">
        <source>Over %n check-ins {mood} ({mood_value} of 5), {energy} ({energy_value}) and {stress} ({stress_value}).</source>
        <translation>
            <numerusform>Vid %n avstämning: {mood} ({mood_value} av 5), {energy} ({energy_value}) och {stress} ({stress_value}).</numerusform>
            <numerusform>Under %n avstämningar: {mood} ({mood_value} av 5), {energy} ({energy_value}) och {stress} ({stress_value}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood rose in the second half (+{change}).</source>
        <translation>Ditt mående steg under periodens andra halva (+{change}).</translation>
    </message>
    <message>
        <source>Your mood fell in the second half (−{change}).</source>
        <translation>Ditt mående sjönk under periodens andra halva (−{change}).</translation>
    </message>
    <message>
        <source>Your mood stayed about the same through the period.</source>
        <translation>Ditt mående var ungefär detsamma hela perioden.</translation>
    </message>
    <message>
        <source>The heaviest days were {days}.</source>
        <translation>De tyngsta dagarna var {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries carry a question for supervision.</source>
        <translation>
            <numerusform>%n anteckning har en fråga till handledningen.</numerusform>
            <numerusform>%n anteckningar har en fråga till handledningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things wait to be followed up.</source>
        <translation>
            <numerusform>%n sak väntar på att följas upp.</numerusform>
            <numerusform>%n saker väntar på att följas upp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stigma came up %n times, from: {source}.</source>
        <translation>
            <numerusform>Stigma kom upp %n gång, från: {source}.</numerusform>
            <numerusform>Stigma kom upp %n gånger, från: {source}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It affected you {value} of 10 on average.</source>
        <translation>Det påverkade dig i genomsnitt {value} av 10.</translation>
    </message>
    <message>
        <source>Words that kept coming back: {tags}.</source>
        <translation>Ord som kom tillbaka: {tags}.</translation>
    </message>
    <message>
        <source>Moments that meant something: {titles}.</source>
        <translation>Stunder som betydde något: {titles}.</translation>
    </message>
    <message>
        <source>Nothing was written or checked in during this period.</source>
        <translation>Under den här perioden skrevs inget och ingen avstämning gjordes.</translation>
    </message>
    <message>
        <source>What the period held</source>
        <translation>Vad perioden innehöll</translation>
    </message>
    <message>
        <source>How you have been</source>
        <translation>Hur du har mått</translation>
    </message>
    <message>
        <source>Worth bringing to supervision</source>
        <translation>Värt att ta med till handledningen</translation>
    </message>
</context>
<context>
    <name>PromptLibraryView</name>
    <message>
        <source>Themes and subthemes</source>
        <translation>Teman och underteman</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <source>Show hidden prompts</source>
        <translation>Visa dolda reflektionsfrågor</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Skriv om det här</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Add your own prompt…</source>
        <translation>Lägg till en egen reflektionsfråga…</translation>
    </message>
    <message>
        <source>My templates…</source>
        <translation>Mina mallar…</translation>
    </message>
    <message>
        <source>Your own prompts as a form: sets of questions to answer when you write</source>
        <translation>Dina egna reflektionsfrågor som formulär: frågor att svara på när du skriver</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <source>My own prompts</source>
        <translation>Mina egna reflektionsfrågor</translation>
    </message>
    <message>
        <source>Prompts you have marked as favourites come up more often.</source>
        <translation>Reflektionsfrågor som du har markerat som favoriter dyker upp oftare.</translation>
    </message>
    <message>
        <source>Questions you wrote yourself. They are kept in your encrypted journal.</source>
        <translation>Frågor som du har skrivit själv. De sparas i din krypterade dagbok.</translation>
    </message>
    <message>
        <source>Where the themes come from: {note}
“{title}”, {journal}, {year}, doi:{doi}</source>
        <translation>Källa: {note}
”{title}”, {journal}, {year}, doi:{doi}</translation>
    </message>
    <message>
        <source>{prompt} (hidden)</source>
        <translation>{prompt} (dold)</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>A prompt to start from</source>
        <translation>En reflektionsfråga att utgå från</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Reflektionsfråga</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>En annan reflektionsfråga</translation>
    </message>
    <message>
        <source>Insert as heading</source>
        <translation>Infoga som rubrik</translation>
    </message>
    <message>
        <source>No prompts for this kind: they may all be hidden.</source>
        <translation>Inga reflektionsfrågor för den här typen. De kanske är dolda allihop.</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>Extra questions</source>
        <translation>Extra frågor</translation>
    </message>
    <message>
        <source>Add your own template's questions, or the steps of a guided reflection</source>
        <translation>Lägg till frågorna från en egen mall, eller stegen i en guidad reflektion</translation>
    </message>
    <message>
        <source>No extra questions</source>
        <translation>Inga extra frågor</translation>
    </message>
    <message>
        <source>My template: {name}</source>
        <translation>Min mall: {name}</translation>
    </message>
    <message>
        <source>Guide: {name}</source>
        <translation>Guidad reflektion: {name}</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Your working day is done. A few words about it, if you feel like it. If not, rest well.</source>
        <translation>Din arbetsdag är slut. Skriv några rader om den, om du känner för det. Annars: vila gott.</translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>On the days and at the time you choose, Reflect shows a short note that your working day is over. The note never shows anything you have written. It comes only while Reflect is running, locked or not, and not if your journal is open and you have already written about that day.</source>
        <translation>De dagar och den tid du väljer visar Reflect en kort hälsning om att arbetsdagen är slut. Hälsningen visar aldrig något av det du har skrivit. Den kommer bara medan Reflect är igång, låst eller inte, och inte om dagboken är öppen och du redan har skrivit om den dagen.</translation>
    </message>
    <message>
        <source>Remind me after my working day</source>
        <translation>Påminn mig efter arbetsdagen</translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation>Påminn mig på {day}</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tid för påminnelsen</translation>
    </message>
    <message>
        <source>On these days</source>
        <translation>De här dagarna</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <source>This desktop has no notification area that Reflect can use, so the reminder cannot be shown here.</source>
        <translation>Det här skrivbordet har inget meddelandefält som Reflect kan använda, så påminnelsen kan inte visas här.</translation>
    </message>
</context>
<context>
    <name>RiskNote</name>
    <message>
        <source>If someone may be at risk, report it through your workplace's routine and make sure it is documented in the record. This journal is private and is not the place where a risk gets passed on.</source>
        <translation>Om någon kan vara i fara: rapportera det enligt arbetsplatsens rutin och se till att det dokumenteras i patientjournalen. Den här dagboken är privat, och det är inte här en risk förs vidare.</translation>
    </message>
    <message>
        <source>Not sure whether it needs reporting? Ask the nurse in charge or your manager how the routine works. No one else reads this journal, so what you write here cannot pass a risk on.</source>
        <translation>Osäker på om det behöver rapporteras? Fråga den ansvariga sjuksköterskan eller din chef hur rutinen ser ut. Ingen annan läser den här dagboken, så det du skriver här kan aldrig föra en risk vidare.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Okej</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttad</translation>
    </message>
    <message>
        <source>The journal could not be copied ({reason}), so nothing was moved.</source>
        <translation>Dagboken kunde inte kopieras ({reason}), så ingenting flyttades.</translation>
    </message>
    <message>
        <source>Your journal is now at {path}. Unlock it there to go on.</source>
        <translation>Din dagbok ligger nu i {path}. Lås upp den där för att fortsätta.</translation>
    </message>
    <message>
        <source>This could not be removed from the old place; remove it yourself once Reflect is closed: {paths}</source>
        <translation>Det här gick inte att ta bort från den gamla platsen; ta bort det själv när Reflect är stängt: {paths}</translation>
    </message>
    <message>
        <source>OneDrive keeps deleted files in its recycle bin for a while: empty it there too.</source>
        <translation>OneDrive sparar borttagna filer i sin papperskorg en tid: töm den där också.</translation>
    </message>
    <message>
        <source>Journal moved</source>
        <translation>Dagboken är flyttad</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a supervision session</source>
        <translation>Anteckna ett handledningstillfälle</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum för handledningstillfället</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>One to one or in a group</source>
        <translation>Enskilt eller i grupp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>En åtgärd per rad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>Vad vi pratade om</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås efter minuter utan aktivitet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Lås efter så här lång tid utan användning</translation>
    </message>
    <message>
        <source>These settings are kept on this computer. None of your writing is in them.</source>
        <translation>De här inställningarna sparas på den här datorn. Inget av det du har skrivit finns i dem.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nya lösenfrasen igen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Names to keep out</source>
        <translation>Namn att dölja</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>Save the names</source>
        <translation>Spara namnen</translation>
    </message>
    <message>
        <source>Names of patients or others that must never leave the journal. The editor underlines them and a supervision pack asks to remove them. Kept inside the encrypted journal.</source>
        <translation>Namn på patienter eller andra som aldrig får lämna dagboken. De stryks under när du skriver, och handledningsunderlaget ber dig ersätta dem. Namnen sparas i den krypterade dagboken.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De nya lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Your journal now opens with the new passphrase, and a backup under it was just made. Earlier backups still open with the passphrase they were made with.</source>
        <translation>Dagboken öppnas nu med den nya lösenfrasen, och en säkerhetskopia med den gjordes nyss. Äldre säkerhetskopior öppnas fortfarande med den lösenfras de gjordes med.</translation>
    </message>
    <message>
        <source>Your journal now opens with the new passphrase. A backup under it could not be written; earlier backups still open with the passphrase they were made with.</source>
        <translation>Dagboken öppnas nu med den nya lösenfrasen. En säkerhetskopia med den kunde inte göras; äldre säkerhetskopior öppnas fortfarande med den lösenfras de gjordes med.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>SharingSection</name>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Sökord att hitta den med, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensitet</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Private: stays in this journal</source>
        <translation>Privat: stannar i dagboken</translation>
    </message>
    <message>
        <source>Question only: counted and its question shown, not its text</source>
        <translation>Bara frågan: räknas och frågan visas, men inte texten</translation>
    </message>
    <message>
        <source>Full: the whole entry goes into the supervision pack</source>
        <translation>Hela anteckningen: allt kommer med i handledningsunderlaget</translation>
    </message>
    <message>
        <source>Question for supervision</source>
        <translation>Fråga till handledningen</translation>
    </message>
    <message>
        <source>The question you want to bring</source>
        <translation>Frågan du vill ta upp</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Ingen uppföljning</translation>
    </message>
    <message>
        <source>Follow up later</source>
        <translation>Följ upp senare</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
</context>
<context>
    <name>ShiftLogWidget</name>
    <message>
        <source>What I did today</source>
        <translation>Det här gjorde jag i dag</translation>
    </message>
    <message>
        <source>What was “Other”? (optional)</source>
        <translation>Vad var ”Annat”? (frivilligt)</translation>
    </message>
    <message>
        <source>What “Other” was</source>
        <translation>Vad ”Annat” var</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>En lösenfras kan inte innehålla ett NUL-tecken.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal.</source>
        <translation>Den lösenfrasen öppnar inte den här dagboken.</translation>
    </message>
    <message>
        <source>{path} is not a Reflect journal.</source>
        <translation>{path} är inte en Reflect-dagbok.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the journal file itself, such as {path}/journal.reflect.</source>
        <translation>{path} är en mapp. Ange själva dagboksfilen, till exempel {path}/journal.reflect.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. Create one with 'reflect init'.</source>
        <translation>Det finns ingen dagbok på {path}. Skapa en med 'reflect init'.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>Det finns redan en fil på {path}. Den har inte rörts.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Reflect (format {found}; this version knows up to {known}). Update Reflect to open it; the journal was not changed.</source>
        <translation>Den här dagboken har skrivits av en nyare version av Reflect (format {found}; den här versionen klarar upp till {known}). Uppdatera Reflect för att öppna den. Dagboken har inte ändrats.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters.</source>
        <translation>Välj en lösenfras med minst {minimum} tecken.</translation>
    </message>
    <message>
        <source>Type the passphrase: it cannot be empty.</source>
        <translation>Skriv lösenfrasen: den kan inte vara tom.</translation>
    </message>
    <message>
        <source>The journal is busy in another Reflect window or process. Try again in a moment.</source>
        <translation>Dagboken används just nu i ett annat Reflect-fönster eller en annan process. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe; free some space and save again.</source>
        <translation>Disken är full, så det här kunde inte sparas. Allt du sparat tidigare är i säkerhet; frigör lite utrymme och spara igen.</translation>
    </message>
    <message>
        <source>The journal file or its disk is read-only, so nothing could be saved. Everything saved before is safe.</source>
        <translation>Dagboksfilen eller dess disk är skrivskyddad, så inget kunde sparas. Allt som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The disk refused to read or write the journal (a file size limit, a removed disk or a disk error). Everything saved before is safe.</source>
        <translation>Disken vägrade läsa eller skriva dagboken (en gräns för filstorlek, en borttagen disk eller ett diskfel). Allt som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Nothing was changed in it; restore the newest backup (reflect restore, or Settings → Backups).</source>
        <translation>Dagboksfilen är skadad. Inget ändrades i den; återställ den senaste säkerhetskopian (reflect restore, eller Inställningar → Säkerhetskopior).</translation>
    </message>
    <message>
        <source>The disk is full, so Reflect cannot open the journal. Nothing was changed; free some space and try again.</source>
        <translation>Disken är full, så Reflect kan inte öppna dagboken. Ingenting ändrades; frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The journal is on a disk, or in a file, that cannot be written to, so Reflect cannot open it to write. Nothing was changed. Copy it to a folder you can write to; 'reflect list', 'search' and 'summary' can still read it where it is.</source>
        <translation>Dagboken ligger på en disk, eller i en fil, som inte går att skriva till, så Reflect kan inte öppna den för att skriva. Ingenting ändrades. Kopiera den till en mapp där du kan skriva; 'reflect list', 'search' och 'summary' kan fortfarande läsa den där den ligger.</translation>
    </message>
    <message>
        <source>That passphrase does not open the journal, but it does open its newest backup, {backup}. Unless the passphrase was changed after that backup, the journal file is damaged: restore that backup (the damaged file is kept beside it).</source>
        <translation>Den lösenfrasen öppnar inte dagboken, men den öppnar dess senaste säkerhetskopia, {backup}. Om lösenfrasen inte byttes efter den säkerhetskopian är dagboksfilen skadad: återställ säkerhetskopian (den skadade filen sparas bredvid).</translation>
    </message>
    <message>
        <source>Another program put a different file where the journal was, so Reflect stopped writing to it. Lock Reflect and unlock it to open the journal now in its place; your unsaved writing goes with you.</source>
        <translation>Ett annat program har lagt en annan fil där dagboken låg, så Reflect slutade skriva till den. Lås Reflect och lås upp igen för att öppna den dagbok som nu ligger där; din osparade text följer med.</translation>
    </message>
    <message>
        <source>The journal is open in another Reflect window or command. Close it there first; nothing was changed.</source>
        <translation>Dagboken är öppen i ett annat Reflect-fönster eller kommando. Stäng den där först; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Since the last supervision</source>
        <translation>Sedan förra handledningen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>The last four weeks</source>
        <translation>De senaste fyra veckorna</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Prepare a supervision pack…</source>
        <translation>Förbered ett handledningsunderlag…</translation>
    </message>
    <message>
        <source>The period in words</source>
        <translation>Perioden i ord</translation>
    </message>
    <message>
        <source>Entries by theme</source>
        <translation>Anteckningar per tema</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Mående över tid</translation>
    </message>
    <message>
        <source>Entries for supervision</source>
        <translation>Anteckningar till handledningen</translation>
    </message>
    <message>
        <source>My summary of this period</source>
        <translation>Min sammanfattning av perioden</translation>
    </message>
    <message>
        <source>My own words about this period (kept in the journal, never exported)</source>
        <translation>Mina egna ord om perioden (sparas i dagboken, exporteras aldrig)</translation>
    </message>
    <message>
        <source>Record a supervision session…</source>
        <translation>Anteckna ett handledningstillfälle…</translation>
    </message>
    <message>
        <source>The period in figures</source>
        <translation>Perioden i siffror</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Till handledningen</translation>
    </message>
    <message>
        <source>My summary</source>
        <translation>Min sammanfattning</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Handledningstillfällen</translation>
    </message>
    <message>
        <source>No entries with a question for supervision in this period.</source>
        <translation>Inga anteckningar med en fråga till handledningen under perioden.</translation>
    </message>
    <message>
        <source>No supervision session recorded yet.</source>
        <translation>Inget handledningstillfälle antecknat än.</translation>
    </message>
    <message>
        <source>Last session: {day}</source>
        <translation>Senaste handledningstillfället: {day}</translation>
    </message>
    <message>
        <source>Supervision in this period: {time}</source>
        <translation>Handledning under perioden: {time}</translation>
    </message>
    <message>
        <source>Agreed actions, carried into the next pack:</source>
        <translation>Överenskomna åtgärder, som följer med i nästa underlag:</translation>
    </message>
    <message>
        <source>Packs made:</source>
        <translation>Skapade underlag:</translation>
    </message>
    <message numerus="yes">
        <source>{made}: {start} – {end}, {format}, %n entries</source>
        <translation>
            <numerusform>{made}: {start} – {end}, {format}, %n anteckning</numerusform>
            <numerusform>{made}: {start} – {end}, {format}, %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack made yet.</source>
        <translation>Inget underlag skapat än.</translation>
    </message>
</context>
<context>
    <name>SummaryFigures</name>
    <message numerus="yes">
        <source>My role in practice (%n days logged): {activities}.</source>
        <translation>
            <numerusform>Min roll i praktiken (%n loggad dag): {activities}.</numerusform>
            <numerusform>Min roll i praktiken (%n loggade dagar): {activities}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Anteckningar: {count}</translation>
    </message>
    <message>
        <source>Check-ins: {count}. Mood {mood}, energy {energy}, stress {stress} on average.</source>
        <translation>Avstämningar: {count}. I genomsnitt mående {mood}, energi {energy}, stress {stress}.</translation>
    </message>
    <message>
        <source>Mood from the first half to the second: {trend}.</source>
        <translation>Mående från periodens första halva till den andra: {trend}.</translation>
    </message>
    <message>
        <source>Hardest days: {days}.</source>
        <translation>Tyngsta dagarna: {days}.</translation>
    </message>
    <message>
        <source>Stigma: {sources}.</source>
        <translation>Stigma: {sources}.</translation>
    </message>
    <message>
        <source>It affected me {value} of 10 on average.</source>
        <translation>Det påverkade mig i genomsnitt {value} av 10.</translation>
    </message>
    <message>
        <source>Recurring tags: {tags}.</source>
        <translation>Återkommande taggar: {tags}.</translation>
    </message>
    <message>
        <source>Open follow-ups: {count}.</source>
        <translation>Att följa upp: {count}.</translation>
    </message>
    <message>
        <source>Meaningful moments: {titles}.</source>
        <translation>Meningsfulla ögonblick: {titles}.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>På gång</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Enskilt</translation>
    </message>
    <message>
        <source>In a group</source>
        <translation>I grupp</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} tim</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} tim {minutes} min</translation>
    </message>
    <message>
        <source>No supervision session in this period.</source>
        <translation>Inget handledningstillfälle under perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} one to one</source>
        <translation>{time} enskilt</translation>
    </message>
    <message>
        <source>{time} in a group</source>
        <translation>{time} i grupp</translation>
    </message>
    <message numerus="yes">
        <source>(%n without its length noted)</source>
        <translation>
            <numerusform>(%n utan angiven längd)</numerusform>
            <numerusform>(%n utan angiven längd)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done {day}</source>
        <translation>Klar {day}</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Record a supervision session…</source>
        <translation>Anteckna ett handledningstillfälle…</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Vår överenskommelse</translation>
    </message>
    <message>
        <source>Each one stays here, and in every pack, until you mark it done.</source>
        <translation>Var och en finns kvar här, och i varje underlag, tills du markerar den som klar.</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Sessions and time</source>
        <translation>Tillfällen och tid</translation>
    </message>
    <message>
        <source>No supervision session recorded yet.</source>
        <translation>Inget handledningstillfälle antecknat än.</translation>
    </message>
    <message>
        <source>This year: {time}</source>
        <translation>I år: {time}</translation>
    </message>
    <message>
        <source>The last four weeks: {time}</source>
        <translation>De senaste fyra veckorna: {time}</translation>
    </message>
</context>
<context>
    <name>SyncedFolderDialog</name>
    <message>
        <source>Your journal is in a synced folder</source>
        <translation>Din dagbok ligger i en synkad mapp</translation>
    </message>
    <message>
        <source>{service} copies the folder your journal is in to the cloud:
{folder}

The journal stays encrypted there, but every version of it and its backups leave this computer, and your workplace may not allow that for personal notes.</source>
        <translation>{service} kopierar mappen som din dagbok ligger i till molnet:
{folder}

Dagboken är krypterad även där, men varje version av den och dess säkerhetskopior lämnar datorn, och din arbetsplats tillåter kanske inte det för personliga anteckningar.</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Låt den ligga kvar</translation>
    </message>
    <message>
        <source>Reflect can move it to this computer's own folder:
{folder}
Type your passphrase to move it.</source>
        <translation>Reflect kan flytta den till den här datorns egen mapp:
{folder}
Skriv din lösenfras för att flytta den.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Flytta den</translation>
    </message>
    <message>
        <source>This journal was chosen by its path, so Reflect will not move it by itself. Move the file to a folder that stays on this computer.</source>
        <translation>Den här dagboken valdes med sin sökväg, så Reflect flyttar den inte själv. Flytta filen till en mapp som stannar på den här datorn.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Change the template</source>
        <translation>Ändra mallen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny mall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>For example: After a recovery group</source>
        <translation>Till exempel: Efter en återhämtningsgrupp</translation>
    </message>
    <message>
        <source>Used with</source>
        <translation>Används med</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>Dina egna reflektionsfrågor</translation>
    </message>
    <message>
        <source>You have no prompts of your own yet: write the questions below.</source>
        <translation>Du har inga egna reflektionsfrågor än: skriv frågorna här nedanför.</translation>
    </message>
    <message>
        <source>More questions, one a line</source>
        <translation>Fler frågor, en per rad</translation>
    </message>
    <message>
        <source>Questions from your own prompts (Space ticks one)</source>
        <translation>Frågor bland dina egna reflektionsfrågor (mellanslag bockar för en)</translation>
    </message>
    <message>
        <source>With a kind that has a form, the questions come below it. With a free reflection they are the only questions.</source>
        <translation>Med en typ som har ett formulär kommer frågorna under formuläret. Med en fri reflektion är de de enda frågorna.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>My templates</source>
        <translation>Mina mallar</translation>
    </message>
    <message>
        <source>A template is your own set of questions, to answer after a kind's form or as a free reflection. Choose it under Extra questions when you write.</source>
        <translation>En mall är dina egna frågor, samlade, att svara på efter en typs formulär eller som en fri reflektion. Du väljer den under Extra frågor när du skriver.</translation>
    </message>
    <message>
        <source>No templates yet. Make one with New template…</source>
        <translation>Inga mallar än. Gör en med Ny mall…</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Ny mall…</translation>
    </message>
    <message>
        <source>Rename or change…</source>
        <translation>Byt namn eller ändra…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Write with it</source>
        <translation>Skriv med den</translation>
    </message>
    <message>
        <source>Questions: {count}</source>
        <translation>Frågor: {count}</translation>
    </message>
    <message>
        <source>Delete the template?</source>
        <translation>Ta bort mallen?</translation>
    </message>
    <message>
        <source>Delete “{name}”? Entries you wrote with it keep their questions and answers.</source>
        <translation>Ta bort ”{name}”? Anteckningar som du har skrivit med den behåller sina frågor och svar.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>New entry: {kind} ({keys})</source>
        <translation>Ny anteckning: {kind} ({keys})</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Skriv om det här</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>For your next supervision</source>
        <translation>Till nästa handledning</translation>
    </message>
    <message>
        <source>Written lately</source>
        <translation>Senast skrivet</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Den här dagen förr</translation>
    </message>
    <message>
        <source>Your check-ins have been heavy for a few days. There is a note for that.</source>
        <translation>Dina avstämningar har varit tunga några dagar. Här finns några ord för sådana dagar.</translation>
    </message>
    <message>
        <source>When it is your own hard day</source>
        <translation>När det är din egen tunga dag</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Hur mår du just nu?</translation>
    </message>
    <message>
        <source>What did you do today?</source>
        <translation>Vad har du gjort i dag?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Vad hände?</translation>
    </message>
    <message>
        <source>Prompt of the day</source>
        <translation>Dagens reflektionsfråga</translation>
    </message>
    <message>
        <source>Every prompt is hidden.</source>
        <translation>Alla reflektionsfrågor är dolda.</translation>
    </message>
    <message>
        <source>Nothing waiting. Entries marked “follow up later” appear here.</source>
        <translation>Inget väntar. Anteckningar som du markerar med ”Följ upp senare” visas här.</translation>
    </message>
    <message>
        <source>Entries you mark for supervision appear here.</source>
        <translation>Anteckningar som du markerar till handledningen visas här.</translation>
    </message>
    <message>
        <source>Nothing written yet. Choose what happened above to begin.</source>
        <translation>Inget skrivet än. Välj vad som hände här ovanför för att börja.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Reflect is locked</source>
        <translation>Reflect är låst</translation>
    </message>
    <message>
        <source>Reflect is locked. Enter your passphrase to go on where you left off.</source>
        <translation>Reflect är låst. Skriv din lösenfras för att fortsätta där du slutade.</translation>
    </message>
    <message>
        <source>Unlock Reflect</source>
        <translation>Lås upp Reflect</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your journal.</source>
        <translation>Skriv din lösenfras för att öppna dagboken.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, nobody can open this journal: not IT, not the Reflect team. If you changed it lately, the one before may still open older backups. To start again with a new journal, first move this file somewhere else:</source>
        <translation>Om lösenfrasen är glömd kan ingen öppna den här dagboken: inte IT, inte Reflect-teamet. Om du bytte den nyligen kan den förra fortfarande öppna äldre säkerhetskopior. Vill du börja om med en ny dagbok flyttar du först den här filen någon annanstans:</translation>
    </message>
    <message>
        <source>Restore that backup and open it</source>
        <translation>Återställ säkerhetskopian och öppna den</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation>Avsluta Reflect</translation>
    </message>
</context>
<context>
    <name>UserPromptDialog</name>
    <message>
        <source>Edit your prompt</source>
        <translation>Redigera din reflektionsfråga</translation>
    </message>
    <message>
        <source>Add your own prompt</source>
        <translation>Lägg till en egen reflektionsfråga</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Reflektionsfråga</translation>
    </message>
    <message>
        <source>A question you want to ask yourself after work</source>
        <translation>En fråga du vill ställa dig själv efter jobbet</translation>
    </message>
    <message>
        <source>Subtheme</source>
        <translation>Undertema</translation>
    </message>
    <message>
        <source>Suits entries of kind</source>
        <translation>Passar för anteckningar av typen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Mood is a whole number from 1 to 5.</source>
        <translation>Mående anges med ett heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>Energy is a whole number from 1 to 5.</source>
        <translation>Energi anges med ett heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>Stress is a whole number from 1 to 5.</source>
        <translation>Stress anges med ett heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>The check-in time needs a time zone.</source>
        <translation>Tiden för avstämningen behöver en tidszon.</translation>
    </message>
    <message>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>Kommentaren till avstämningen är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>Unknown entry kind: {kind}. Known kinds: {known}.</source>
        <translation>Okänd anteckningstyp: {kind}. Kända typer: {known}.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>supervision question</source>
        <translation>fråga till handledningen</translation>
    </message>
    <message>
        <source>The entry is empty: write a few words first.</source>
        <translation>Anteckningen är tom. Skriv några ord först.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Datum saknas.</translation>
    </message>
    <message>
        <source>{day} is not a date this entry can have happened on.</source>
        <translation>{day} kan inte vara datumet för den här anteckningen.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>För lång {what} (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>A {kind} entry has no field called {name}.</source>
        <translation>En anteckning av typen {kind} har inget fält som heter {name}.</translation>
    </message>
    <message>
        <source>{value} is not a choice for {name}; choose one of {choices}.</source>
        <translation>{value} är inget giltigt val för {name}. Välj något av: {choices}.</translation>
    </message>
    <message>
        <source>The answer to “{question}” is too long (at most {limit} characters).</source>
        <translation>Svaret på ”{question}” är för långt (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>A question can be at most {limit} characters.</source>
        <translation>En fråga får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Unknown subtheme: {subtheme}.</source>
        <translation>Okänt undertema: {subtheme}.</translation>
    </message>
    <message>
        <source>A {kind} entry has no intensity.</source>
        <translation>En anteckning av typen {kind} har ingen intensitet.</translation>
    </message>
    <message>
        <source>Intensity is a whole number from 0 to 10.</source>
        <translation>Intensitet anges med ett heltal från 0 till 10.</translation>
    </message>
    <message>
        <source>Write the prompt's question first.</source>
        <translation>Skriv reflektionsfrågan först.</translation>
    </message>
    <message>
        <source>A prompt can be at most {limit} characters.</source>
        <translation>En reflektionsfråga får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry the prompt suits.</source>
        <translation>Välj minst en anteckningstyp som reflektionsfrågan passar för.</translation>
    </message>
    <message>
        <source>Unknown activity: {value}. Known activities: {known}.</source>
        <translation>Okänd aktivitet: {value}. Kända aktiviteter: {known}.</translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to {limit}.</source>
        <translation>Antal anges med ett heltal från 0 till {limit}.</translation>
    </message>
    <message>
        <source>A name for “Other” is a few words (at most {limit} characters).</source>
        <translation>Ett namn för ”Annat” är några få ord (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>A tag is a short word or two without commas (at most {limit} characters).</source>
        <translation>En tagg är ett eller två korta ord utan kommatecken (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>An entry can have at most {limit} tags.</source>
        <translation>En anteckning kan ha högst {limit} taggar.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <source>A supervision session cannot be later than today.</source>
        <translation>Ett handledningstillfälle kan inte ligga senare än i dag.</translation>
    </message>
    <message>
        <source>The notes are too long (at most {limit} characters).</source>
        <translation>Minnesanteckningarna är för långa (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>A session's length is a whole number of minutes, 1 to {limit}.</source>
        <translation>Ett tillfälles längd är ett helt antal minuter, 1 till {limit}.</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, got {item}.</source>
        <translation>--field tar NAMN=VÄRDE, men fick {item}.</translation>
    </message>
    <message>
        <source>The text read from standard input is not valid UTF-8; nothing was saved.</source>
        <translation>Texten från standard in är inte giltig UTF-8; inget sparades.</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD (for example {example}).</source>
        <translation>{text} är inget datum; skriv det som ÅÅÅÅ-MM-DD (till exempel {example}).</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM (for example {example}).</source>
        <translation>{text} är inte en månad; skriv den som ÅÅÅÅ-MM (till exempel {example}).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>Kan inte läsa lösenfrasfilen {path}: {reason}</translation>
    </message>
    <message>
        <source>No passphrase: run this in a terminal, or use --passphrase-file or {env}.</source>
        <translation>Ingen lösenfras: kör detta i en terminal, eller använd --passphrase-file eller {env}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Lösenfraserna skiljer sig åt; inget skapades.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file; nothing was written. Choose a file name in a folder.</source>
        <translation>{path} är inte en vanlig fil; inget sparades. Välj ett filnamn i en mapp.</translation>
    </message>
    <message>
        <source>The journal is damaged (problems found: {count}). It was not changed; restore the newest backup with: reflect restore {backup}</source>
        <translation>Dagboken är skadad (antal problem: {count}). Den har inte ändrats; återställ den senaste säkerhetskopian med: reflect restore {backup}</translation>
    </message>
    <message>
        <source>The journal is damaged (problems found: {count}) and has no backup beside it. It was not changed; 'reflect dump' may still save what can be read.</source>
        <translation>Dagboken är skadad (antal problem: {count}) och har ingen säkerhetskopia bredvid sig. Den har inte ändrats; 'reflect dump' kan ändå rädda det som går att läsa.</translation>
    </message>
    <message>
        <source>Details that could identify someone in the pack: {count} (listed above). Nothing was written. Edit the entries, or export with --redact to replace them.</source>
        <translation>Uppgifter i underlaget som kan identifiera någon: {count} (listade ovan). Inget sparades. Redigera anteckningarna, eller exportera med --redact för att ersätta dem.</translation>
    </message>
    <message>
        <source>A journal already exists at {path}, so nothing was moved. Open that one, or keep this journal where it is.</source>
        <translation>Det finns redan en dagbok i {path}, så ingenting flyttades. Öppna den, eller låt den här dagboken ligga kvar.</translation>
    </message>
    <message>
        <source>The copy at {path} did not read back the same, so nothing was moved.</source>
        <translation>Kopian i {path} gick inte att läsa tillbaka likadan, så ingenting flyttades.</translation>
    </message>
    <message>
        <source>Your plan can be at most {limit} characters; keep what matters most.</source>
        <translation>Planen kan vara högst {limit} tecken; behåll det viktigaste.</translation>
    </message>
    <message>
        <source>That action is no longer in the journal.</source>
        <translation>Den åtgärden finns inte längre i dagboken.</translation>
    </message>
    <message>
        <source>--set takes PART=TEXT, where PART is one of: {parts}.</source>
        <translation>--set tar DEL=TEXT, där DEL är en av: {parts}.</translation>
    </message>
    <message>
        <source>form is one of: {forms}.</source>
        <translation>form är en av: {forms}.</translation>
    </message>
    <message>
        <source>Supervision is one to one, in a group, or both.</source>
        <translation>Handledning är enskild, i grupp eller båda.</translation>
    </message>
    <message>
        <source>A part of the agreement is too long (at most {limit} characters).</source>
        <translation>En del av överenskommelsen är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Ge mallen ett namn.</translation>
    </message>
    <message>
        <source>A template's name can be at most {limit} characters.</source>
        <translation>En malls namn får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Choose or write at least one question.</source>
        <translation>Välj eller skriv minst en fråga.</translation>
    </message>
    <message>
        <source>A template can hold at most {limit} questions.</source>
        <translation>En mall kan ha högst {limit} frågor.</translation>
    </message>
    <message>
        <source>--days takes days such as mon,tue,fri (from: {codes}).</source>
        <translation>--days tar dagar som mon,tue,fri (av: {codes}).</translation>
    </message>
    <message>
        <source>--at takes a time such as 17:00.</source>
        <translation>--at tar en tid, till exempel 17:00.</translation>
    </message>
</context>
</TS>
