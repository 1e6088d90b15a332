; Reflect's Windows installer (Inno Setup 6): for the person installing it only, so it needs
; no administrator rights. Built by .github/workflows/release.yml from the bundle that
; `python packaging/build.py` makes in dist\reflect:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\reflect.iss
;
; It installs to %LOCALAPPDATA%\Programs\Reflect with a Start menu entry. The journal is
; never there: Reflect keeps it in %LOCALAPPDATA%\Reflect, so installing a newer version over
; an older one, or uninstalling, leaves it as it was (uninstalling says where it is). After
; installing, the read-only self-check looks at the installed files and the journal's.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The same id for every version, so a newer one installs over the older one.
AppId={{6E0B8C2F-4D51-4B7E-9A63-2F1C0D9B7A41}
AppName=Reflect
AppVersion={#AppVersion}
AppVerName=Reflect {#AppVersion}
AppPublisher=The Reflect authors
DefaultDirName={autopf}\Reflect
DefaultGroupName=Reflect
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A Reflect left running is closed before its files are replaced.
CloseApplications=yes
RestartApplications=no
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Reflect-Setup-{#AppVersion}
SetupIconFile=resources\icons\reflect.ico
UninstallDisplayIcon={app}\reflect.exe
UninstallDisplayName=Reflect
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own folder whole: nothing an older version shipped lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\reflect\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Reflect"; Filename: "{app}\reflect.exe"
Name: "{autodesktop}\Reflect"; Filename: "{app}\reflect.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reflect.exe"; Description: "{cm:LaunchProgram,Reflect}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.CheckFailed=Reflect was installed, but its files did not pass their check. To see which, open a Command Prompt and run:%n%n"%1" --self-check
es.CheckFailed=Reflect se instaló, pero sus archivos no pasaron la revisión. Para ver cuál, abra el Símbolo del sistema y escriba:%n%n"%1" --self-check
en.JournalKept=Reflect was removed. Your journal was kept, in:%n%n%1%n%nIf you install Reflect again, it opens it. Delete that folder only if you are sure you no longer need your journal.
es.JournalKept=Se quitó Reflect. Su diario se conservó, en:%n%n%1%n%nSi vuelve a instalar Reflect, lo abrirá. Borre esa carpeta solo si tiene la certeza de que ya no necesita su diario.

[Code]
const
  JournalFolder = '{localappdata}\Reflect';

procedure CurStepChanged(CurStep: TSetupStep);
var
  Cli: String;
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    { The read-only self-check: Reflect's files, and the journal's, without its passphrase. }
    Cli := ExpandConstant('{app}\reflect-cli.exe');
    if Exec(Cli, '--self-check --read-only', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) and (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('CheckFailed'), [Cli]), mbError, MB_OK, IDOK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := ExpandConstant(JournalFolder);
    if DirExists(Folder) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('JournalKept'), [Folder]), mbInformation, MB_OK, IDOK);
  end;
end;
