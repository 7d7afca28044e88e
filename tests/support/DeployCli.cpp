#include "DeployCli.h"

#include "TestEnvironment.h"

#include <QProcess>

QProcess* DeployCli::start(QObject* parent, const QStringList& arguments, const QString& home,
                           const QString& botToken, const QString& adminPassword)
{
    auto* p = new QProcess(parent);
    p->setProgram(TestEnvironment::binaryDir() + QStringLiteral("/kkt-deploy"));
    p->setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KKT_BOT_TOKEN"), botToken);
    env.insert(QStringLiteral("KKT_ADMIN_PASSWORD"), adminPassword);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // The command line finds the registry through its settings, and keeps its outbox here.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p->setProcessEnvironment(env);
    p->start();
    return p;
}
