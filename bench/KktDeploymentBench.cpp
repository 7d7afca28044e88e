#include "KktDeploymentBench.h"

#include "BenchHost.h"
#include "DeployedServer.h"
#include "DeploymentBenchInputs.h"
#include "provisioning/DeploymentJournal.h"
#include "support/SampleRelease.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>

DeploymentRequest KktDeploymentBench::request(SystemdHost& host) const
{
    DeploymentRequest r;
    DeploymentConfig c;
    c.server = {
        QStringLiteral("127.0.0.1"),    host.port(), QStringLiteral("root"), SshAuth::Key, host.clientKey(),
        DeploymentBenchInputs::domain()};
    c.admin = {QStringLiteral("Ivan Petrov"), QStringLiteral("ivan@example.ru"),
               QStringLiteral("+79123456789"), QStringLiteral("OOO Romashka"), PasswordMode::Typed};
    c.telegram.adminIds = {123456789};
    c.settings.timezone = QStringLiteral("Europe/Moscow");
    c.release = {ReleaseSource::File, {}, m_in.archive, m_in.checksums};
    c.web = {TlsMode::None, {}, {}, true};
    c.firewall = FirewallMode::Leave; // the container shares this machine's network
    c.profile = SampleRelease::profile();
    r.config = c;
    r.secrets.botToken = DeploymentBenchInputs::botToken();
    r.secrets.adminPassword = DeploymentBenchInputs::adminPassword();
    QString error;
    r.profile = PayloadProfile::load(SampleRelease::profile(), &error);
    r.archivePath = m_in.archive;
    r.checksums = m_in.checksums;
    r.target.host = QStringLiteral("127.0.0.1");
    r.target.port = host.port();
    r.target.user = QStringLiteral("root");
    r.target.identityFile = host.clientKey();
    r.target.useAgent = false;
    r.target.useConfigFile = false;
    r.target.knownHostsFile = m_knownHosts;
    r.target.acceptNewHostKey = true;
    r.telegramApiBase = m_in.telegram.baseUrl();
    r.owner = QStringLiteral("bench@localhost");
    r.registry.sqlitePath = m_in.registryFile;
    r.outboxPath = m_in.dir + QStringLiteral("/outbox.sqlite");
    return r;
}

KktDeploymentBench::Run KktDeploymentBench::deploy(SystemdHost& host)
{
    const DeploymentRequest what = request(host);
    const QString journalPath = m_in.journal;
    QElapsedTimer timer;
    timer.start();
    QFutureWatcher<DeploymentOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<DeploymentOutcome>::finished, &loop, &QEventLoop::quit);
    QStringList timeline; // written by the worker only, read once it has finished
    watcher.setFuture(QtConcurrent::run([what, journalPath, &timeline] {
        DeploymentRunner runner(what);
        runner.setJournalPath(journalPath);
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&runner, &DeploymentRunner::logLine, &runner, [&](const QString& line) {
            timeline << QStringLiteral("%1 ms  %2").arg(clock.elapsed(), 6).arg(line);
        });
        return runner.deploy();
    }));
    if (!watcher.isFinished())
        loop.exec();
    Run run;
    run.wallS = timer.nsecsElapsed() / 1e9;
    run.outcome = watcher.result();
    run.timeline = timeline;
    return run;
}

void KktDeploymentBench::sayStepTimes(DeploymentJournal& journal, const QString& deploymentId)
{
    QList<DeploymentJournal::Step> steps = journal.steps(deploymentId);
    std::sort(steps.begin(), steps.end(),
              [](const DeploymentJournal::Step& a, const DeploymentJournal::Step& b) {
                  return a.durationMs > b.durationMs;
              });
    QStringList lines;
    for (const DeploymentJournal::Step& s : std::as_const(steps))
        lines << QStringLiteral("%1 ms  %2 (%3)").arg(s.durationMs, 6).arg(s.stepId, s.state);
    say(QStringLiteral("  steps of the last re-run, slowest first:\n    ") +
        lines.join(QStringLiteral("\n    ")));
}

bool KktDeploymentBench::run(DeploymentFigures* f, QString* instanceId, int reruns)
{
    BenchHost host(QStringLiteral("bench-kkt-host"));
    say(QStringLiteral("KKT Deploy: booting a fresh Debian 12 host and installing the system packages …"));
    if (!host.start()) {
        say(QStringLiteral("the host did not start: ") + host->error());
        return false;
    }
    if (!host.installPackages(m_in.packages))
        return false;
    m_knownHosts = m_in.dir + QStringLiteral("/known_hosts");
    QFile::remove(m_knownHosts);
    m_in.telegram.setWebhookUrl(QStringLiteral("https://old.example.ru/hook"));

    say(QStringLiteral("KKT Deploy: full deployment …"));
    const int before = DeployedServer::acceptedConnections(*host);
    const Run full = deploy(*host);
    f->connections = DeployedServer::acceptedConnections(*host) - before - 1;
    if (!full.outcome.succeeded()) {
        say(QStringLiteral("KKT Deploy failed at %1: %2").arg(full.outcome.failedStep, full.outcome.error));
        return false;
    }
    f->fullS = full.wallS;
    *instanceId = full.outcome.instanceId;
    DeploymentJournal steps(m_in.journal);
    QString error;
    if (!steps.open(&error)) {
        say(QStringLiteral("journal: ") + error);
        return false;
    }
    for (const DeploymentJournal::Step& s : steps.steps(full.outcome.deploymentId)) {
        if (s.stepId == QStringLiteral("system.packages"))
            f->aptS += s.durationMs / 1000.0;
        if (s.stepId == QStringLiteral("app.venv"))
            f->pipS += s.durationMs / 1000.0;
    }
    say(QStringLiteral("  %1 s, %2 steps changed, %3 unchanged")
            .arg(full.wallS, 0, 'f', 2)
            .arg(full.outcome.changedSteps)
            .arg(full.outcome.unchangedSteps));
    f->healthy = DeployedServer::healthy(*host);
    f->state = DeployedServer::state(*host, *instanceId);

    QStringList changes;
    for (int i = 0; i < reruns; ++i) {
        const int b = DeployedServer::acceptedConnections(*host);
        const Run again = deploy(*host);
        if (i == reruns - 1) {
            say(QStringLiteral("  timeline of the last re-run:\n    ") +
                again.timeline.join(QStringLiteral("\n    ")));
            sayStepTimes(steps, again.outcome.deploymentId);
        }
        f->rerunConnections = DeployedServer::acceptedConnections(*host) - b - 1;
        if (!again.outcome.succeeded()) {
            say(QStringLiteral("KKT Deploy re-run failed: ") + again.outcome.error);
            return false;
        }
        f->reruns << again.wallS;
        changes << QString::number(again.outcome.changedSteps);
        say(QStringLiteral("  re-run %1: %2 s, changed steps %3")
                .arg(i + 1)
                .arg(again.wallS, 0, 'f', 2)
                .arg(again.outcome.changedSteps));
    }
    f->rerunChanges = QStringLiteral("changed steps ") + changes.join(u'/');
    return true; // the host halts here
}
