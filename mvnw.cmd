@echo off
rem Runs the Apache Maven installed on this machine (MAVEN_HOME first, then PATH). Never downloads anything.
setlocal
set "MVN_CMD="
if defined MAVEN_HOME if exist "%MAVEN_HOME%\bin\mvn.cmd" set "MVN_CMD=%MAVEN_HOME%\bin\mvn.cmd"
if not defined MVN_CMD for %%i in (mvn.cmd) do set "MVN_CMD=%%~$PATH:i"
if not defined MVN_CMD (
  echo mvnw: no Apache Maven found ^(looked at %%MAVEN_HOME%%\bin\mvn.cmd and for mvn.cmd on PATH^). 1>&2
  echo Pulseport needs Maven 3.8 or newer and JDK 17 or newer. Install it with: winget install Apache.Maven 1>&2
  echo or unpack Apache Maven's binary archive, set MAVEN_HOME to it, and run this command again. 1>&2
  exit /b 1
)
set "MVN_VERSION="
for /f "tokens=3" %%v in ('"%MVN_CMD%" --version ^| findstr /b /c:"Apache Maven"') do set "MVN_VERSION=%%v"
for /f "tokens=1,2 delims=." %%a in ("%MVN_VERSION%") do (set "MVN_MAJOR=%%a" & set "MVN_MINOR=%%b")
if not defined MVN_MAJOR (
  echo mvnw: could not read the version of %MVN_CMD%; Pulseport needs Apache Maven 3.8 or newer. 1>&2
  exit /b 1
)
if %MVN_MAJOR% LSS 3 goto tooold
if %MVN_MAJOR% EQU 3 if %MVN_MINOR% LSS 8 goto tooold
"%MVN_CMD%" %*
exit /b %ERRORLEVEL%
:tooold
echo mvnw: %MVN_CMD% is Maven %MVN_VERSION%; Pulseport needs Apache Maven 3.8 or newer. 1>&2
exit /b 1
