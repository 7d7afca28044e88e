#include "CommandLineRun.h"

#include "DeployCli.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QProcess>
#include <QTest>

int CommandLineRun::run(const QStringList& arguments, const QString& home, const QString& botToken,
                        QString* out, QString* err)
{
    QObject owner;
    QProcess* p =
        DeployCli::start(&owner, arguments, home, botToken, QStringLiteral("Sentinel-Admin-Pw-7x!"));
    QDeadlineTimer deadline(600000);
    while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(50);
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(5000);
        return -1;
    }
    *out = QString::fromUtf8(p->readAllStandardOutput());
    const QString errText = QString::fromUtf8(p->readAllStandardError());
    if (err)
        *err = errText;
    if (p->exitStatus() != QProcess::NormalExit)
        return -1;
    if (p->exitCode() != 0)
        qWarning().noquote() << "kkt-deploy" << arguments.value(0) << "exited with" << p->exitCode() << "\n"
                             << errText.right(4000);
    return p->exitCode();
}
