# Build the Windows installer in one command (PowerShell, from anywhere):
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Needs Python 3.11+ (python.org or the Microsoft Store) and Inno Setup 6 (ISCC.exe;
# "winget install JRSoftware.InnoSetup" or "choco install innosetup"). Leaves
# dist\calaccess-desktop\ (the one-folder bundle) and
# dist\calaccess-desktop-<version>-windows-setup.exe.
$ErrorActionPreference = "Stop"
$Repo = (Resolve-Path "$PSScriptRoot\..\..").Path
$Build = "$Repo\build\windows"
$Venv = "$Build\venv"
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }

Write-Host "== build venv: $Venv"
& $Python -m venv --clear $Venv; if ($LASTEXITCODE) { exit 1 }
$Py = "$Venv\Scripts\python.exe"
& $Py -m pip install -q --disable-pip-version-check --upgrade pip
& $Py -m pip install -q --disable-pip-version-check $Repo "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
if ($LASTEXITCODE) { exit 1 }
$Version = (& $Py -c "import calaccess_desktop; print(calaccess_desktop.__version__)").Trim()

Write-Host "== icon and PyInstaller ($Version)"
& $Py "$Repo\installers\icons.py" ico "$Repo\build\icons\calaccess-desktop.ico"
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --workpath "$Build\work" --distpath "$Repo\dist" "$Repo\installers\pyinstaller\calaccess-desktop.spec"
if ($LASTEXITCODE) { exit 1 }

Write-Host "== smoke test"
$Smoke = "$Build\smoke"
Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Smoke\home" | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:CALACCESS_CONFIG_DIR = "$Smoke\home\config"
$env:LOCALAPPDATA = "$Smoke\home\local"; $env:APPDATA = "$Smoke\home\roaming"
$Exe = "$Repo\dist\calaccess-desktop\calaccess-desktop.exe"
& $Exe --version; if ($LASTEXITCODE) { exit 1 }
& $Exe demo --db "$Smoke\demo.sqlite"; if ($LASTEXITCODE) { exit 1 }
& $Exe export 1 -o "$Smoke\statement-1.cal" --db "$Smoke\demo.sqlite"; if ($LASTEXITCODE) { exit 1 }
& $Exe print 1 -o "$Smoke\statement-1.pdf" --db "$Smoke\demo.sqlite"; if ($LASTEXITCODE) { exit 1 }
& $Exe --screenshot "$Smoke\main-window.png" --db "$Smoke\demo.sqlite" --statement 1
if ($LASTEXITCODE) { exit 1 }
if ((Get-Item "$Smoke\main-window.png").Length -lt 20000) { Write-Error "blank screenshot"; exit 1 }
# The Spanish translation came along: the same window in Spanish must look different.
New-Item -ItemType Directory -Force "$Smoke\home\config-es" | Out-Null
Set-Content -Encoding ascii "$Smoke\home\config-es\settings.json" '{"version": 1, "language": "es"}'
$env:CALACCESS_CONFIG_DIR = "$Smoke\home\config-es"
& $Exe --screenshot "$Smoke\main-window-es.png" --db "$Smoke\demo.sqlite" --statement 1
if ($LASTEXITCODE) { exit 1 }
if ((Get-FileHash "$Smoke\main-window.png").Hash -eq (Get-FileHash "$Smoke\main-window-es.png").Hash) {
    Write-Error "the Spanish window looks like the English one (no .qm?)"; exit 1 }
Write-Host "smoke test passed: $Smoke\main-window.png, $Smoke\main-window-es.png"

Write-Host "== Inno Setup"
$Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $Iscc) { Write-Error "Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup)"; exit 1 }
& $Iscc "/DAppVersion=$Version" "$Repo\installers\windows\calaccess-desktop.iss"
if ($LASTEXITCODE) { exit 1 }
Write-Host "installer: $Repo\dist\calaccess-desktop-$Version-windows-setup.exe"
