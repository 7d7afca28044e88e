#pragma once

#include <QString>
#include <QStringList>

// Runs the built `kkt-deploy` to its end as an operator would (DeployCli: secrets in the
// environment, settings and data below `home`), while the test's own event loop keeps serving
// (fake Telegram, GitHub …). Other KKT_* settings come from the test process's environment.
class CommandLineRun
{
public:
    // The exit code (-1 when it crashed or hung); its output in `out` and `err`.
    static int run(const QStringList& arguments, const QString& home, const QString& botToken, QString* out,
                   QString* err = nullptr);
};
