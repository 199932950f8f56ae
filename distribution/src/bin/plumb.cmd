@echo off
rem Runs the Plumb CLI (lib\plumb.jar) on Windows. As bin/plumb, for a command that lives a few seconds: only the
rem quick C1 compiler and the parallel collector (no AppCDS archive here). PLUMB_JAVA_OPTS come after these
rem options, so they add to them or override them; JAVA_HOME, when set, chooses the JDK.
setlocal
set "PLUMB_LIB=%~dp0..\lib"
if defined JAVA_HOME (set "PLUMB_JAVA=%JAVA_HOME%\bin\java.exe") else (set "PLUMB_JAVA=java")
if not exist "%PLUMB_LIB%\plumb.jar" (
    echo plumb: %PLUMB_LIB%\plumb.jar is missing: unzip the distribution again 1>&2
    exit /b 2
)
"%PLUMB_JAVA%" -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseParallelGC %PLUMB_JAVA_OPTS% -jar "%PLUMB_LIB%\plumb.jar" %*
exit /b %ERRORLEVEL%
