@echo off
rem Pulseport launcher: JavaFX on the module path, everything else on the class path.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" %PULSEPORT_JAVA_OPTS% --module-path "%APP_HOME%\javafx" --add-modules javafx.controls,javafx.fxml,javafx.swing -cp "%APP_HOME%\lib\*" org.pulseport.app.Main %*
exit /b %ERRORLEVEL%
