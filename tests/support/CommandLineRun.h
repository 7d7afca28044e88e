#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built `kkt-deploy` as an operator would, while the test's own event loop keeps serving
// (fake Telegram, GitHub …). Settings, data and the registry live below the test's folder.
class CommandLineRun
{
public:
    // The environment of such a run: secrets from the environment, XDG folders in `directory`.
    static QProcessEnvironment environment(const QString& directory, const QString& botToken);
    // The exit code (-1 when it crashed or hung); its output in `out` and `err`.
    static int run(const QStringList& arguments, const QProcessEnvironment& environment, QString* out,
                   QString* err = nullptr);
};
