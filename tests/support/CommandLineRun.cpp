#include "CommandLineRun.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QProcess>
#include <QTest>

QProcessEnvironment CommandLineRun::environment(const QString& directory, const QString& botToken)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KKT_BOT_TOKEN"), botToken);
    env.insert(QStringLiteral("KKT_ADMIN_PASSWORD"), QStringLiteral("Sentinel-Admin-Pw-7x!"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), directory + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), directory + QStringLiteral("/data"));
    return env;
}

int CommandLineRun::run(const QStringList& arguments, const QProcessEnvironment& environment, QString* out,
                        QString* err)
{
    QProcess p;
    p.setProgram(TestEnvironment::binaryDir() + QStringLiteral("/kkt-deploy"));
    p.setArguments(arguments);
    p.setProcessEnvironment(environment);
    p.start();
    QDeadlineTimer deadline(600000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(50);
    *out = QString::fromUtf8(p.readAllStandardOutput());
    const QString errText = QString::fromUtf8(p.readAllStandardError());
    if (err)
        *err = errText;
    if (p.state() != QProcess::NotRunning || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (p.exitCode() != 0)
        qWarning().noquote() << "kkt-deploy" << arguments.value(0) << "exited with" << p.exitCode() << "\n"
                             << errText.right(4000);
    return p.exitCode();
}
