#include "AnsibleDeploymentBench.h"

#include "BenchHost.h"
#include "DeployedServer.h"
#include "DeploymentBenchInputs.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

bool AnsibleDeploymentBench::convertTemplates(const QString& target, QString* error)
{
    static const QRegularExpression placeholder(QStringLiteral("(?<!\\$)\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    const QString source = TestEnvironment::sourceDir() + QStringLiteral("/resources/templates");
    QDir().mkpath(target);
    for (const QString& name : QDir(source).entryList(QDir::Files)) {
        QFile in(source + u'/' + name);
        QFile out(target + u'/' + name + QStringLiteral(".j2"));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot convert the template ") + name;
            return false;
        }
        QString text = QString::fromUtf8(in.readAll());
        text.replace(placeholder, QStringLiteral("{{ \\1 }}"));
        if (text.endsWith(u'\n')) {
            text.chop(1);
            text += QStringLiteral("{{ \"\\n\" }}");
        }
        out.write(text.toUtf8());
    }
    return true;
}

AnsibleDeploymentBench::Run AnsibleDeploymentBench::runPlaybook(const QString& runFile, int index)
{
    const QString ansibleDir = TestEnvironment::sourceDir() + QStringLiteral("/bench/ansible");
    const QString timings = m_in.dir + QStringLiteral("/ansible-timings-%1.jsonl").arg(index);
    // A fresh ControlMaster per run: each run pays for its own connection, as KKT Deploy does.
    const QString controlDir = m_in.dir + QStringLiteral("/cp-%1").arg(index);
    QDir().mkpath(controlDir);
    QProcess p;
    p.setWorkingDirectory(ansibleDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_CONFIG"), ansibleDir + QStringLiteral("/ansible.cfg"));
    env.insert(QStringLiteral("ANSIBLE_CALLBACK_PLUGINS"), ansibleDir + QStringLiteral("/callback_plugins"));
    env.insert(QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"), controlDir);
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("KKT_BENCH_TIMINGS"), timings);
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("ansible-playbook"),
            {QStringLiteral("-i"), m_in.dir + QStringLiteral("/inventory.ini"), QStringLiteral("-e"),
             u'@' + runFile, QStringLiteral("deploy.yml")});
    if (p.waitForStarted(10000))
        loop.exec();
    Run run;
    run.wallS = timer.nsecsElapsed() / 1e9;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    const QString out = QString::fromUtf8(p.readAll());
    QFile log(m_in.dir + QStringLiteral("/ansible-run-%1.log").arg(index));
    if (log.open(QIODevice::WriteOnly))
        log.write(out.toUtf8());
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    static const QRegularExpression changed(QStringLiteral("changed=(\\d+)"));
    const QRegularExpressionMatch m = changed.match(out);
    if (m.hasMatch())
        run.changed = m.captured(1).toInt();
    if (!run.ok)
        say(QStringLiteral("ansible-playbook failed:\n") + out.right(4000));
    QFile t(timings);
    if (t.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : t.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                run.taskSeconds[o.value(QStringLiteral("task")).toString()] +=
                    o.value(QStringLiteral("seconds")).toDouble();
        }
    }
    // Close this run's ControlMaster: it belongs to this run only.
    for (const QString& socket : QDir(controlDir).entryList(QDir::System | QDir::Files | QDir::Hidden)) {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"),
                  {QStringLiteral("-o"), QStringLiteral("ControlPath=") + controlDir + u'/' + socket,
                   QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("x")});
        ssh.waitForFinished(10000);
    }
    return run;
}

bool AnsibleDeploymentBench::run(DeploymentFigures* f, const QString& instanceId, int reruns)
{
    QString error;
    if (!convertTemplates(m_in.dir + QStringLiteral("/templates"), &error)) {
        say(error);
        return false;
    }
    BenchHost host(QStringLiteral("bench-ansible-host"));
    say(QStringLiteral("Ansible: booting a fresh Debian 12 host and installing the system packages …"));
    if (!host.start()) {
        say(QStringLiteral("the host did not start: ") + host->error());
        return false;
    }
    if (!host.installPackages(m_in.packages))
        return false;
    m_in.telegram.setWebhookUrl(QStringLiteral("https://old.example.ru/hook"));

    QFile inventoryTemplate(TestEnvironment::sourceDir() + QStringLiteral("/bench/ansible/inventory.ini.in"));
    QFile inventory(m_in.dir + QStringLiteral("/inventory.ini"));
    if (!inventoryTemplate.open(QIODevice::ReadOnly) || !inventory.open(QIODevice::WriteOnly))
        return false;
    inventory.write(QString::fromUtf8(inventoryTemplate.readAll())
                        .replace(QStringLiteral("@PORT@"), QString::number(host->port()))
                        .replace(QStringLiteral("@KEY@"), host->clientKey())
                        .toUtf8());
    inventory.close();
    // The per-run values, secrets among them: a 0600 file, as an Ansible user's vault would be.
    QString number = instanceId;
    number.remove(QStringLiteral("INST-"));
    const QJsonObject vars{
        {QStringLiteral("instanceId"), instanceId},
        {QStringLiteral("instanceNumber"), number.toLower()},
        {QStringLiteral("domain"), DeploymentBenchInputs::domain()},
        {QStringLiteral("version"), SampleRelease::version()},
        {QStringLiteral("archive"), m_in.archive},
        {QStringLiteral("archiveSha256"), m_in.sha256},
        {QStringLiteral("botToken"), DeploymentBenchInputs::botToken()},
        {QStringLiteral("telegramApiBase"), m_in.telegram.baseUrl().toString()},
        {QStringLiteral("templatesDir"), m_in.dir + QStringLiteral("/templates")},
        {QStringLiteral("adminJson"),
         QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                     {QStringLiteral("email"), QStringLiteral("ivan@example.ru")},
                     {QStringLiteral("full_name"), QStringLiteral("Ivan Petrov")},
                     {QStringLiteral("role"), QStringLiteral("admin")},
                     {QStringLiteral("password"), DeploymentBenchInputs::adminPassword()}}},
    };
    const QString runFile = m_in.dir + QStringLiteral("/ansible-run.json");
    // The file holds the run's secrets: gone on every way out of this function.
    const std::unique_ptr<const QString, void (*)(const QString*)> removeRunFile(
        &runFile, [](const QString* path) { QFile::remove(*path); });
    QFile file(runFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(vars).toJson());
    file.close();

    say(QStringLiteral("Ansible: full deployment …"));
    const int before = DeployedServer::acceptedConnections(*host);
    const Run full = runPlaybook(runFile, 0);
    f->connections = DeployedServer::acceptedConnections(*host) - before - 1;
    if (!full.ok)
        return false;
    f->fullS = full.wallS;
    f->aptS = full.taskSeconds.value(QStringLiteral("Install system packages"));
    f->pipS =
        full.taskSeconds.value(QStringLiteral("Create the virtual environment and install the dependencies"));
    say(QStringLiteral("  %1 s, changed=%2").arg(full.wallS, 0, 'f', 2).arg(full.changed));
    f->healthy = DeployedServer::healthy(*host);
    f->state = DeployedServer::state(*host, instanceId);

    QStringList changes;
    for (int i = 0; i < reruns; ++i) {
        const int b = DeployedServer::acceptedConnections(*host);
        const Run again = runPlaybook(runFile, i + 1);
        f->rerunConnections = DeployedServer::acceptedConnections(*host) - b - 1;
        if (!again.ok)
            return false;
        f->reruns << again.wallS;
        changes << QStringLiteral("changed=%1").arg(again.changed);
        say(QStringLiteral("  re-run %1: %2 s, changed=%3")
                .arg(i + 1)
                .arg(again.wallS, 0, 'f', 2)
                .arg(again.changed));
    }
    f->rerunChanges = changes.join(u'/');
    return true; // the host halts here
}
