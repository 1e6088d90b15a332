<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect takes a backup each day you open it, and before big changes such as a restore or a new passphrase. Backups are encrypted like your journal and are kept for about five weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Choose Back up now to take the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep backups in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer is lost, backups on it are lost too. Choose a folder on a USB stick or an agency drive: each daily backup and each Back up now is also copied there, encrypted, with what your passphrase of that day needs to open it. Your recovery key opens every copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder that also keeps backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that also keeps backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copying backups to that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken with Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update of Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will go back to how it was on {when}. Anything written after that is not lost: the journal as it is now is kept as a new backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect backups ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will go back to how it was in {file}, if that backup belongs to this journal. Anything written since is not lost: the journal as it is now is kept as a new backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last copy was made on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy has been made there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder cannot be reached now (is the USB stick or drive plugged in?). Backups on this computer go on as usual. {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Close card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the card panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to “{title}” (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{where}”, drawing on {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{where}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related card: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Search cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections that used this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections use this card yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards match “{text}”. Try other words, or press Esc to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {family} · {preview}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <source>{author} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment from {author}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment from {author}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase locks your journal. A short sentence you will remember is easier to type and harder to guess than a single word. Next you will get a recovery key, in case you ever forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete this reflection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be gone from your journal and from search. A backup from just before is kept for about five weeks (Settings, Backups) in case you change your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussedList</name>
    <message>
        <source>Find by date, family code or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a reflection to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {who}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no reflections in this journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) ticked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Kind of reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family code, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this reflection to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks it for your next supervision. Private answers are always left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your private reflective-practice journal, not the case record. Use a family code, never a name, and no initials: they can identify a family on a small or rural caseload. Follow your agency&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down: next question · F1: its card · F2: keep the answer private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFlow</name>
    <message>
        <source>Type your passphrase first, then choose Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal in its folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup should replace the journal? The damaged file, if any, is kept beside it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is back, as it was in that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errands</name>
    <message>
        <source>Something unexpected stopped that from finishing. Nothing you wrote is lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeSettings</name>
    <message>
        <source>My exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this line to your supervisor or supervisees so you can exchange packets. Read the fingerprint aloud to each other before the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy my exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. If your agency already syncs a folder, choose it: packets you send are saved there, and packets for you are picked up from it. Packets are encrypted; imported ones move into an “imported” folder inside it, and nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange folder {folder} cannot be found right now. Plug in the drive, or choose the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exchange key is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets will be saved in and picked up from this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange folder: you choose where each packet goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message numerus="yes">
        <source>Go deeper: %n more question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go deeper in {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More questions, for when there is time and reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeavyNote</name>
    <message>
        <source>That sounds like a heavy one. Be gentle with yourself today, and think about talking it over with your supervisor now rather than waiting for your next session. This note stays here; it is never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note after a heavy visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message numerus="yes">
        <source>{hours} hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}, {mode}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursExport</name>
    <message>
        <source>Export the hours log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the hours log as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder, or check that there is space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}. It holds dates, hours and providers only: no notes and no reflections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the hours log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the hours log as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions logged yet. After each supervision session, choose Log a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In all: {sessions}, {hours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of {date} with {provider} (%n minute(s))? Its notes go with it. The reflections discussed stay in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursProgress</name>
    <message>
        <source>Endorsement goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count hours from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours toward the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to check about your providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a way to keep track, not a ruling: check your endorsement guidelines for which hours count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant Family Specialist: 24 hours within 1 to 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant Mental Health Specialist: 50 hours within 1 to 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant Mental Health Mentor – Clinical: 50 hours within 1 to 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: 12 hours each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These hours come from %n provider(s), more than two. Check your endorsement guidelines for how hours from several providers count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one provider gave most of these hours (the most from one is {percent}%). Check your endorsement guidelines for where most hours should come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This renewal year runs from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions from {first} to {last} count toward this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s hours are logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period ended on {last}. To count a new one, choose a later start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursReport</name>
    <message>
        <source>Made with Reflect on {date}. It lists sessions only: no notes and nothing from any reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From {first} to {last}: {done} of %n hour(s) ({percent}%).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective supervision hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierCheckDialog</name>
    <message>
        <source>Check before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may identify someone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Look at each one before it leaves this computer. Edit it, or share anyway if it is fine as it is, such as a made-up name or a public place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}:&lt;br&gt;“{context}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {where}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this reflection at this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and edit the first place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share anyway, as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierHint</name>
    <message>
        <source>May identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{found} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This may identify someone: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierWords</name>
    <message>
        <source>Family code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {code} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date that may be a birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word you chose never to share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Packets for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet holds reflections shared with you, or comments on yours. Open one you were given, or import those waiting in your exchange folder. Importing only adds: it never changes or removes what you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a packet file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a packet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets waiting in your exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in the exchange folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every waiting packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the chosen packet that was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange folder is chosen. You can choose one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had already imported this packet. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new from {name}: you already have everything in this packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Under “Shared with me”: %n reflection(s) from {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from {name}, beside your reflections in the Journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a reflection on the left, or choose New reflection to write about a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check-in: it saves itself as you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection: it saves itself as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add a family code before marking this complete: a short code, never a name and no initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked complete and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a draft again and saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As my computer speaks ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect will speak {language} the next time it starts. What you are writing is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about a visit (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute with yourself: energy, heaviness, one word (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your reflections (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by family code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching reflection(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections match. Try other words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet. Choose New reflection to write about a visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;own questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I&apos;ve &amp;been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with my supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a supervision session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card for this &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I&apos;ve been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest words could not be saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Whatever you typed is still on screen. If it happens again, close and reopen Reflect. A short note about the problem, with nothing from your journal in it, was saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Reflect (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeverWriteBox</name>
    <message>
        <source>One name or &amp;word on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words never to share, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a first name, a street, a workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words never to share: save status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommentsNote</name>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first new comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from supervision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnQuestionsDialog</name>
    <message>
        <source>Your own questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your set of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: ask it or not · F2: change its words · Alt+Up, Alt+Down: move it. Reflect is a journal for your reflective practice, not a case record: ask what helps you reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer this set for new reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (my own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved to this set of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect&apos;s own set stays as it is: you are making a copy to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your set of questions a name, so you can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one question to ask (with Space).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketFiles</name>
    <message>
        <source>Reflect packet (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketScan</name>
    <message>
        <source>The exchange folder could not be looked through. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new passphrase needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please type the new passphrase a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A short sentence you will remember works well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short — at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Easy to guess — a short sentence of a few words is much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK — longer is stronger: try a short sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Your exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this line to your supervisor, or to the people you supervise. Before your first exchange, read your fingerprints to each other, in person or by phone: if they match, packets can only come from each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a contact file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your key as a contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you exchange with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We compared fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you compared fingerprints with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, as you want to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is my supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is someone I supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste their exchange key here (reflect-contact:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exchange key is copied. Paste it into a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect contact (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Give this file to the other person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}. Before your first exchange, check that {name} sees this fingerprint for you: {mine}. Theirs should read: {theirs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {name} (a backup comes first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is removed. A backup from just before is under Settings, Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressNote</name>
    <message>
        <source>Backing up your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting (a backup comes first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your new recovery key (a backup comes first)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWidget</name>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (F2): leave out if I bring this to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this answer private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private answer stays on this computer, even when you share the reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more (F1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = {low}, 10 = {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Open with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you created your journal (spaces, dashes and small letters are fine), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7QX2-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with your recovery key. Your new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key file was damaged or belonged to another journal; it is kept aside as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way to open your journal. Reflect does not keep a copy and cannot show it again without your passphrase. Print it, or save it as a PDF on a USB stick, and keep it somewhere safe away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your Reflect journal if you forget your passphrase. Keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere safe, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this reflection complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter. A complete reflection can still be added to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as draft again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionHtml</name>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not shared: %n private answer(s), kept on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On the whole reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionRow</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n not sent yet)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, from People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) {name} shared with you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of yours, sent or not</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the hours you logged, and {name}&apos;s own journal, which this does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, from People: you can no longer share with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n comment(s) {name} sent on your reflections, which are part of your journal; your reflections; the hours you logged; and {name}&apos;s own journal, which this does not change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your reflections, the hours you logged, and {name}&apos;s own journal, which this does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes: {goes}.

What stays: {stays}. A backup is taken first.

Packets from {name} will be refused until you add {name} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this shared reflection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shared copy of {name}&apos;s reflection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, and %n comment(s) of yours on it, sent or not</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, and the comment you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes: {goes}.

What stays: {name}&apos;s own journal, which this does not change, and the hours you logged. A backup is taken first. If {name} changes this reflection and shares it again, it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFilePage</name>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal comes back from the backup file you chose, into this computer. Type the passphrase you used on the day of that backup, or use your recovery key and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my &amp;passphrase of that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my passphrase of that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the day of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7QX2-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect backups (*.reflect-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCarePage</name>
    <message>
        <source>How I&apos;ve been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for you. What you see here is never shared with your supervisor and never exported with your reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a quick check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute with yourself (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviness and energy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you chose most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviness: 0 light, 10 very heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy: 0 empty, 10 full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from {range}. Choose {longest} above to see your earlier check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view fills as you check in. After a hard visit, or at the end of a day, take a minute for a quick check-in: how heavy the work feels, how much energy you have, one word. Over the weeks you will see here how you have been, for you alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCareWords</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Over {range}, heaviness averaged {heaviness} and energy {energy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {range}, heaviness averaged {heaviness}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {range}, energy averaged {energy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over {range}, no heaviness or energy was rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Both are on a scale of 0 to 10; %n reflection(s) rated them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: a quick check-in asks for one word for how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} ({times})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Edit a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: who gave the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s endorsement category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their endorsement category, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions logged, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections discussed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlows</name>
    <message>
        <source>Backup taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will also be kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest words could not be saved, so nothing was restored. Copy them somewhere safe, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key is set; the old one no longer opens this journal. Backups from before still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect follows your computer&apos;s light or dark setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Reflect locks, your journal is hidden until you type your passphrase. You can also lock it yourself at any time with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before Reflect locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Reflect after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words never to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real names, street names, a workplace: words that would identify a family if someone else read them. Reflect points them out quietly as you write and checks for them before anything is shared. The list stays inside your encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase opens your journal. Changing it does not change your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key was shown once, when you created your journal. It opens your journal if you ever forget your passphrase. Keep the printed copy somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see it again, or to make a new one, type your &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to see the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are kept in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the one you have: your old key will no longer open your journal. Backups taken before now were locked with the old key, so they still open with it (and with your passphrase of their day). Keep the old printed key too until those backups are gone, in about five weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareTab</name>
    <message>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections you marked “Bring to supervision” are listed here. The preview shows exactly what your supervisor will receive: private answers never leave this computer. Reflect is a journal for reflective practice, not a case record, so share what helps you reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your supervisor will receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and share the chosen reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check finds common identifiers (phone numbers, addresses, birth dates, ID numbers and your never-share words), but it cannot find everything: read what you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check can find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked to share yet. In a reflection, tick “Bring to supervision”, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your supervisor under People first, by pasting their exchange key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not compared fingerprints with {name} yet. Do it once, in person or by phone, before you share (see People).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet for your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n reflection(s) with {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>: {file}. Give the file to {name}, or let your synced folder carry it. Only {name} can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedWithMeTab</name>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections your supervisees shared with you, by person. They are read-only. Comment on a whole reflection or on one answer, then send your reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared reflections, by supervisee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question, a noticing, something to wonder about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this shared reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not in People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Import a packet under Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment saved. It goes out with your next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting (a backup comes first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared reflection is deleted. A backup from just before is under Settings, Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply for {name} saved: {file}. Give the file to {name}, or let your synced folder carry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionSection</name>
    <message>
        <source>From supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Reflect is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo journal with invented families. Its passphrase is: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message numerus="yes">
        <source>%n packet(s) waiting for you under Supervision, Inbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect is a private journal for your reflective practice. After a visit, take three to five minutes with a few gentle questions: what the baby communicated, the moments between caregiver and baby, and what you felt. Behind each question is a short card to read if you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a case record and not a clinical tool. Use a family code, never a name, and no initials: they can identify a family on a small or rural caseload. Follow your agency&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is one encrypted file on this computer. Only your passphrase or your recovery key opens it, and nothing is ever sent over the internet. You choose what, if anything, to bring to supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had Reflect on another computer? Restore your journal from a backup file (for example on your USB stick) with your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is missing from {folder}: only its key file is there. If you moved your journal, put journal.reflect back in that folder and start Reflect again. Creating a new journal here keeps the old key file aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
