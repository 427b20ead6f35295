<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CommitteeFinder</name>
    <message>
        <source>Your committee&apos;s name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 3 letters of your committee&apos;s name, or its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee has that name or ID here. Check the spelling, or create the committee below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeListModel</name>
    <message>
        <source>Candidate committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primarily formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {ids}, {n} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePane</name>
    <message>
        <source>Find a committee by name or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the filing calendar: the committee&apos;s type and the elections of its statements and profile (calaccess-desktop calendar lists the whole year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the committee files this year, with due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {statement} and all its entries (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due on the filing calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorPrompt</name>
    <message>
        <source>Question about the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (business name if self-employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (or business name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contributor&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the question about the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}: {total} this calendar year.&lt;/b&gt; From {limit} a year the statement must show their occupation and employer (for the self-employed, the name of their business). Fill them in now, or skip: the check (F5) will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save occupation and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has 1 other entry on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} has {n} other entries on this statement with different details&lt;/b&gt; ({what}). Use the details you just saved there too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the other entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the other entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {name}&apos;s occupation and employer are still missing; the check (F5) lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s other entries were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverTab</name>
    <message>
        <source>Treasurer&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of election (pre-election only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save period and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statement period and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee (from the committee profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee information on the cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit committee profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit committee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {n}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original statement (not an amendment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant treasurer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: signed by the {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: not signed yet by the {who}{name}. Fill in the date signed and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the dates marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Note: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>{who} entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar-year total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {who} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form, or go back to the saved values (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known {who}s matching the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name: a {who} you entered before is offered with their details. Press Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sub-item of {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the fields marked in red, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the next one, or pick a row to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the occupation and employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the details on 1 other entry. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the details on {n} other entries. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {n} more: F5 lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date from this {who}: shown once you type a name and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemized (listed by name): {limit} or more this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not itemized: under {limit} this year, counted in the unitemized total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date from this {who}, including this entry: {total} - {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>{signer}&apos;s verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({rule}) at {where}: {message}. {fix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check statement (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking statements is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Check statement (F5) to look for problems before you file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped before it finished. Press Check statement (F5) to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings below are from the last full check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. You can mark the statement ready to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must fix before filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check these). Double-click a line to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LateBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry that calls for this late report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Form 497</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s Form 497</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this contribution on the draft Form 497 for this election (a new one is started when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More late reports owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for late reports owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form} owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this expenditure on the committee&apos;s {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this contribution on the committee&apos;s {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this entry on the draft {form} for this election (a new one is started when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and 1 more late report owed: check the statement (F5) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {n} more late reports owed: check the statement (F5) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on a new {form}: file it within the deadline (Statement list, {form}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on the draft {form}: file it within the deadline (Statement list, {form}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the {form}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter locked after {minutes} minutes without use.
Continue if this is your work; otherwise start for the next visitor (what was saved stays in the data file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start for the next visitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New entry on the current schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the entry (in the form) / edit the row (in a table)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the form or go back to the saved entry&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected row (Ctrl+Z brings it back)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous schedule&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cover page, Summary, Schedule A ...&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Check the statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New statement&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filing calendar of the committee&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print preview; in it, Ctrl+F finds text, F3 / Shift+F3 the next /
previous match&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;An amendment&apos;s last page, &quot;Changes since filed&quot;, lists what re-filing it changes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (problems to fix before filing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox waiting for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting for your password</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .CAL file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;earlier statements (folder)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of .CAL files from other software, imported in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;spreadsheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions, payments, loans or contacts from a CSV or Excel file into the open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export .CAL file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;accountant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s transactions, or one schedule, as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up data file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checked copy of all your committees and statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backups of the data file; restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with everything about a committee, for the next treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hand-off &amp;bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this visit away: nothing of this committee stays on the screen for the next visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row on this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch committee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen committee files this year, with due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;ready to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend filed statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete statement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft statement and all its entries (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with the filing officer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, freeze and e-file the open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing pac&amp;ket...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how to deliver this statement on paper or by e-mail, then the statement to sign, as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark filed on paper...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this statement was delivered, mailed or e-mailed to its filing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to tab {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with {officer}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a committee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a committee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a filed statement can be amended; a draft can simply be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the statement to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what}. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n entries are deleted with it. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors in Findings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Statement pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>{title} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a memo sub-item under the selected entry (e.g. what a credit card payment paid for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item under the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry you were changing is no longer on this schedule (undone or deleted). What you typed is kept: Save adds it as a new entry, Clear drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry you were looking at is no longer on this schedule (undone or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this {noun} ({id}) is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in the new {noun} is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it, discard what you typed, or cancel to keep working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entry the sub-item belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-item of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitemized total (as filed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (memo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unitemized total of the statement as it was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-item of transaction {id}; not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo entry: shown for information, not counted in totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not itemized: under the $100 threshold for the calendar year; counted in the unitemized total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction {id}. Double-click or Enter to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer version when online (nothing about you is sent; never in the last 7 days before a filing is due; nothing is installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode: a clean start for each visitor, nothing of one visitor left for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors find their committee by name or ID (the list of committees is hidden), File &gt; Next visitor puts the last one away, and the window locks after the minutes below without use. E-filing passwords are never saved. Used from the next start (or start with --counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode: the e-filing password is never saved on this computer; it is asked each time you send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them, or put one back (File &gt; Backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, ID, address and treasurer: printed on every cover page and checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample city council campaign with two Form 460s (every schedule) and a Form 497, to look around. It is added to this data file as a committee of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .CAL files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements filed with other software: choose their folder; they are imported in date order (File &gt; Import earlier statements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hand-off bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the previous treasurer saved with File &gt; Hand off committee: everything about the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form and period; the filing calendar says which one is due next (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the filing calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this committee files this year, with due dates (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .CAL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One statement filed with other software (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the committee profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address, treasurer and filing officer, printed on every cover page (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to calaccess-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Prepare California campaign statements on this computer: enter contributions and payments, check them against the FPPC&apos;s rules as you type, print them, and file them with the Secretary of State or your city or county clerk. Nothing leaves this computer until you file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How do you want to begin?&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Find your committee by its name or ID, or begin a new one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a committee on the left (type part of its name or ID to find it; Ctrl+K switches), or begin another one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This committee has no statement yet. &lt;b&gt;Start one&lt;/b&gt;: the filing calendar says which form and period come next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No statement is open. Choose one of the committee&apos;s statements on the left (double-click, or Enter), or start the next one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data.&lt;/b&gt; Every committee and statement is kept in one file on this computer:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Settings (Ctrl+,) chooses another file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is kept on the database server &lt;code&gt;{server}&lt;/code&gt;; it is backed up with the server&apos;s own tools (pg_dump), not by this app.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Backups&lt;/b&gt; are made on their own: a checked copy goes into &lt;code&gt;{folder}&lt;/code&gt; {after} minutes after your first change (at most once an hour), and before every import, amendment or restore. The last {last} are kept, then the newest of each day for {days} days and of each month for {months} months. File &amp;gt; Back up data file saves a copy where you choose.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>&lt;h2&gt;No statement open&lt;/h2&gt;&lt;p&gt;Choose a committee and one of its statements on the left, or start one: &lt;b&gt;File &amp;gt; New statement&lt;/b&gt; (Ctrl+Shift+N).&lt;/p&gt;&lt;p&gt;New here? Create your committee first: &lt;b&gt;File &amp;gt; New committee&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page: period, committee, signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this amendment changes from the report it amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from a .CAL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is filed and cannot change. To correct it, use Statement &gt; Amend filed statement; the original stays as filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to file. Next: print it (Ctrl+P) or file it with {officer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an amendment: correct what was wrong on its pages, then look at Changes since filed to see exactly what re-filing it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each item on its tab, then check the statement (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also file: {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>The summary page is computed from your entries and updates as you type them. Column A is this period; column B is the calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending cash balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending cash balance (line 16): {cash}    Total contributions this period (line 5): {received}    Total expenditures (line 11): {spent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file chosen in Settings could not be opened:
{file}

{why}

The default data file is open instead; choose another file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Contributions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditures made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current cash statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash equivalents and outstanding debts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and printed forms stay in English, as the FPPC&apos;s forms are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amendment {n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Creating the demo committee and its statements...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo committee is open: look around, change anything. It is a committee of its own in this data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the last visit away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File with the filing officer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
