// KKT Deploy against an equivalent Ansible playbook (bench/ansible, Debian's ansible-core), each on
// a fresh systemd-nspawn Debian 12 host that already has the system packages:
//   1. full deployment of the sample release: wall time, and net of the apt and pip steps;
//   2. SSH connections opened during it (from the host's sshd log);
//   3. idempotent re-run: median wall time of 3 (and proof it changed nothing);
//   4. the instance answers /health through nginx after each full deployment.
// Only one systemd host may run on the machine at a time: the two run one after the other, and
// every exit path (return, error, SIGINT/SIGTERM/SIGHUP) halts the host that is up.
// Usage: KKT_SOURCE_DIR=… KKT_BINARY_DIR=… bench-deployment [RERUNS] [--kkt-only]   (defaults compiled
// in); --kkt-only leaves Ansible out (for a quick look at KKT Deploy's own figures while working).
#include "BenchHost.h"
#include "provisioning/DeploymentJournal.h"
#include "provisioning/DeploymentRunner.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString domain = QStringLiteral("kkt-bench.example.ru");
const QString botToken = QStringLiteral("987654321:BenchBotTokenAAAAAAAAAAAAAAAAAAAAAAA");
const QString adminPassword = QStringLiteral("Bench-Admin-Pw-7x!");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// "Accepted publickey" lines in the host's sshd log. The counting call is itself a connection
// (logged before its command runs): a difference between two counts is the connections opened
// in between plus one.
int acceptedConnections(SystemdHost& host)
{
    QString out;
    host.run(QStringLiteral("sleep 1; journalctl -u ssh --no-pager -q -o cat | grep -c 'Accepted publickey'"),
             &out);
    return out.trimmed().toInt();
}

bool siteHealthy(SystemdHost& host)
{
    QString out;
    const int code =
        host.run(QStringLiteral("curl -fsS -H 'Host: %1' http://127.0.0.1/health").arg(domain), &out);
    say(QStringLiteral("  curl -H 'Host: %1' http://127.0.0.1/health → %2").arg(domain, out.trimmed()));
    return code == 0 && out.contains(QStringLiteral("healthy"));
}

// What a deployment leaves on the server, secrets excepted: rendered files (hash), modes and
// owners, links, the .env's variable names, unit states, tables and users. Both tools deploy the
// same instance ID, so the two snapshots must be equal line for line.
QStringList deployedState(SystemdHost& host, const QString& instanceId)
{
    QString number = instanceId;
    number = number.remove(QStringLiteral("INST-")).toLower();
    const QString script =
        QStringLiteral(
            "cd /tmp; app=/home/kktapp/kkt-system; rel=$(readlink $app/current); db=kkt_client_%1; "
            "md5sum /etc/systemd/system/kkt-web.service /etc/systemd/system/kkt-bot.service "
            "/etc/systemd/system/kkt-backup-production.service "
            "/etc/systemd/system/kkt-backup-production.timer "
            "/etc/nginx/sites-available/kkt-%1 $app/backup.sh $app/.version; "
            "stat -c 'stat %a %U:%G %N' $app $app/releases $app/shared $app/shared/logs $app/shared/backups "
            "$app/shared/.env $app/shared/.pgpass $app/backup.sh $app/current /var/lib/kkt-deploy/production "
            "/var/lib/kkt-deploy/production/secrets.env /etc/nginx/sites-enabled/kkt-%1; "
            "cut -d= -f1 /var/lib/kkt-deploy/production/secrets.env | sed 's/^/secret /'; "
            "cut -d= -f1 $app/shared/.env | sed 's/^/env /'; "
            "(cd $rel && find . -path ./venv -prune -o -printf 'release %m %u %p %l\\n' | sort); "
            "for u in kkt-web kkt-bot kkt-backup-production.timer nginx postgresql; do "
            "echo unit $u $(systemctl is-enabled $u) $(systemctl is-active $u); done; "
            "runuser -u postgres -- psql -X -At -d $db -c \"SELECT 'table '||tablename FROM pg_tables WHERE "
            "schemaname='public' ORDER BY 1\" -c \"SELECT 'user '||username||' '||role||' '||is_active FROM "
            "users "
            "ORDER BY 1\" -c \"SELECT 'owner '||pg_get_userbyid(datdba) FROM pg_database WHERE "
            "datname='$db'\"")
            .arg(number);
    QString out;
    host.run(script, &out);
    return out.split(u'\n', Qt::SkipEmptyParts);
}

// KKT Deploy's templates in Jinja syntax for the playbook, made from resources/templates on every
// run so that both tools render the same text: {name} (not after "$", as TextTemplate) becomes
// {{ name }}, and the final newline is written as an expression because Ansible's template module
// would otherwise drop the empty last line a blank placeholder leaves.
bool convertTemplates(const QString& target, QString* error)
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

struct KktRun
{
    DeploymentOutcome outcome;
    double wallS = 0;
    QStringList timeline; // "<ms since start>  <log line>": where the time of the run went
};

struct Figures
{
    double fullS = 0;
    double aptS = 0;
    double pipS = 0;
    int connections = -1;
    int rerunConnections = -1;
    QList<double> reruns;
    QString rerunChanges; // what the re-runs reported as changed
    bool healthy = false;
    QStringList state;

    double netS() const { return fullS - aptS - pipS; }
};

class Bench
{
public:
    QString dir;
    QString archive;
    QString checksums;
    QString sha256;
    QString journal;
    QString registryFile;
    QString knownHosts;
    QStringList packages;
    FakeTelegramServer telegram;

    DeploymentRequest request(SystemdHost& host) const
    {
        DeploymentRequest r;
        DeploymentConfig c;
        c.server = {QStringLiteral("127.0.0.1"),
                    host.port(),
                    QStringLiteral("root"),
                    SshAuth::Key,
                    host.clientKey(),
                    domain};
        c.admin = {QStringLiteral("Ivan Petrov"), QStringLiteral("ivan@example.ru"),
                   QStringLiteral("+79123456789"), QStringLiteral("OOO Romashka"), PasswordMode::Typed};
        c.telegram.adminIds = {123456789};
        c.settings.timezone = QStringLiteral("Europe/Moscow");
        c.release = {ReleaseSource::File, {}, archive, checksums};
        c.web = {TlsMode::None, {}, {}, true};
        c.firewall = FirewallMode::Leave; // the container shares this machine's network
        c.profile = SampleRelease::profile();
        r.config = c;
        r.secrets.botToken = botToken;
        r.secrets.adminPassword = adminPassword;
        QString error;
        r.profile = PayloadProfile::load(SampleRelease::profile(), &error);
        r.archivePath = archive;
        r.checksums = checksums;
        r.target.host = QStringLiteral("127.0.0.1");
        r.target.port = host.port();
        r.target.user = QStringLiteral("root");
        r.target.identityFile = host.clientKey();
        r.target.useAgent = false;
        r.target.useConfigFile = false;
        r.target.knownHostsFile = knownHosts;
        r.target.acceptNewHostKey = true;
        r.telegramApiBase = telegram.baseUrl();
        r.owner = QStringLiteral("bench@localhost");
        r.registry.sqlitePath = registryFile;
        r.outboxPath = dir + QStringLiteral("/outbox.sqlite");
        return r;
    }

    // The deployment in a worker thread (as the GUI runs it) while this thread serves Telegram.
    KktRun deployKkt(SystemdHost& host)
    {
        const DeploymentRequest what = request(host);
        const QString journalPath = journal;
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
        KktRun run;
        run.wallS = timer.nsecsElapsed() / 1e9;
        run.outcome = watcher.result();
        run.timeline = timeline;
        return run;
    }

    // Each step's time in a re-run as the journal has it: for a step found done, its probe and verify
    // in the batch (they run side by side, so these overlap and do not add up to the wall time).
    static void sayStepTimes(DeploymentJournal& journal, const QString& deploymentId)
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

    bool prepareRegistry(QString* error)
    {
        registryFile = dir + QStringLiteral("/registry.sqlite");
        RegistryTarget target;
        target.sqlitePath = registryFile;
        Registry registry(target);
        QSqlDatabase db = registry.database(error);
        return SchemaMigrator(target.kind).migrate(db, nullptr, error) && registry.open(error);
    }

    bool runKkt(Figures* f, QString* instanceId, int reruns)
    {
        BenchHost host(QStringLiteral("bench-kkt-host"));
        say(QStringLiteral(
            "KKT Deploy: booting a fresh Debian 12 host and installing the system packages …"));
        if (!host.start()) {
            say(QStringLiteral("the host did not start: ") + host->error());
            return false;
        }
        if (!host.installPackages(packages))
            return false;
        knownHosts = dir + QStringLiteral("/known_hosts");
        QFile::remove(knownHosts);
        telegram.setWebhookUrl(QStringLiteral("https://old.example.ru/hook"));

        say(QStringLiteral("KKT Deploy: full deployment …"));
        const int before = acceptedConnections(*host);
        const KktRun full = deployKkt(*host);
        f->connections = acceptedConnections(*host) - before - 1;
        if (!full.outcome.succeeded()) {
            say(QStringLiteral("KKT Deploy failed at %1: %2")
                    .arg(full.outcome.failedStep, full.outcome.error));
            return false;
        }
        f->fullS = full.wallS;
        *instanceId = full.outcome.instanceId;
        DeploymentJournal steps(journal);
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
        f->healthy = siteHealthy(*host);
        f->state = deployedState(*host, *instanceId);

        QStringList changes;
        for (int i = 0; i < reruns; ++i) {
            const int b = acceptedConnections(*host);
            const KktRun again = deployKkt(*host);
            if (i == reruns - 1) {
                say(QStringLiteral("  timeline of the last re-run:\n    ") +
                    again.timeline.join(QStringLiteral("\n    ")));
                sayStepTimes(steps, again.outcome.deploymentId);
            }
            f->rerunConnections = acceptedConnections(*host) - b - 1;
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

    struct AnsibleRun
    {
        bool ok = false;
        double wallS = 0;
        int changed = -1;
        QMap<QString, double> taskSeconds;
    };

    AnsibleRun runPlaybook(const QString& runFile, int index)
    {
        const QString ansibleDir = TestEnvironment::sourceDir() + QStringLiteral("/bench/ansible");
        const QString timings = dir + QStringLiteral("/ansible-timings-%1.jsonl").arg(index);
        // A fresh ControlMaster per run: each run pays for its own connection, as KKT Deploy does.
        const QString controlDir = dir + QStringLiteral("/cp-%1").arg(index);
        QDir().mkpath(controlDir);
        QProcess p;
        p.setWorkingDirectory(ansibleDir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_CONFIG"), ansibleDir + QStringLiteral("/ansible.cfg"));
        env.insert(QStringLiteral("ANSIBLE_CALLBACK_PLUGINS"),
                   ansibleDir + QStringLiteral("/callback_plugins"));
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
                {QStringLiteral("-i"), dir + QStringLiteral("/inventory.ini"), QStringLiteral("-e"),
                 u'@' + runFile, QStringLiteral("deploy.yml")});
        if (p.waitForStarted(10000))
            loop.exec();
        AnsibleRun run;
        run.wallS = timer.nsecsElapsed() / 1e9;
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
        const QString out = QString::fromUtf8(p.readAll());
        QFile log(dir + QStringLiteral("/ansible-run-%1.log").arg(index));
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

    bool runAnsible(Figures* f, const QString& instanceId, int reruns)
    {
        QString error;
        if (!convertTemplates(dir + QStringLiteral("/templates"), &error)) {
            say(error);
            return false;
        }
        BenchHost host(QStringLiteral("bench-ansible-host"));
        say(QStringLiteral("Ansible: booting a fresh Debian 12 host and installing the system packages …"));
        if (!host.start()) {
            say(QStringLiteral("the host did not start: ") + host->error());
            return false;
        }
        if (!host.installPackages(packages))
            return false;
        telegram.setWebhookUrl(QStringLiteral("https://old.example.ru/hook"));

        QFile inventoryTemplate(TestEnvironment::sourceDir() +
                                QStringLiteral("/bench/ansible/inventory.ini.in"));
        QFile inventory(dir + QStringLiteral("/inventory.ini"));
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
            {QStringLiteral("domain"), domain},
            {QStringLiteral("version"), SampleRelease::version()},
            {QStringLiteral("archive"), archive},
            {QStringLiteral("archiveSha256"), sha256},
            {QStringLiteral("botToken"), botToken},
            {QStringLiteral("telegramApiBase"), telegram.baseUrl().toString()},
            {QStringLiteral("templatesDir"), dir + QStringLiteral("/templates")},
            {QStringLiteral("adminJson"),
             QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                         {QStringLiteral("email"), QStringLiteral("ivan@example.ru")},
                         {QStringLiteral("full_name"), QStringLiteral("Ivan Petrov")},
                         {QStringLiteral("role"), QStringLiteral("admin")},
                         {QStringLiteral("password"), adminPassword}}},
        };
        const QString runFile = dir + QStringLiteral("/ansible-run.json");
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
        const int before = acceptedConnections(*host);
        const AnsibleRun full = runPlaybook(runFile, 0);
        f->connections = acceptedConnections(*host) - before - 1;
        if (!full.ok)
            return false;
        f->fullS = full.wallS;
        f->aptS = full.taskSeconds.value(QStringLiteral("Install system packages"));
        f->pipS = full.taskSeconds.value(
            QStringLiteral("Create the virtual environment and install the dependencies"));
        say(QStringLiteral("  %1 s, changed=%2").arg(full.wallS, 0, 'f', 2).arg(full.changed));
        f->healthy = siteHealthy(*host);
        f->state = deployedState(*host, instanceId);

        QStringList changes;
        for (int i = 0; i < reruns; ++i) {
            const int b = acceptedConnections(*host);
            const AnsibleRun again = runPlaybook(runFile, i + 1);
            f->rerunConnections = acceptedConnections(*host) - b - 1;
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
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    BenchHost::prepareProcess(KKT_DEFAULT_SOURCE_DIR, KKT_DEFAULT_BINARY_DIR);
    int reruns = 3;
    bool kktOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--kkt-only") == 0)
            kktOnly = true;
        else
            reruns = std::max(1, std::atoi(argv[i]));
    }

    Bench bench;
    bench.dir = TestEnvironment::freshDirectory(QStringLiteral("bench-deployment"));
    bench.journal = bench.dir + QStringLiteral("/journal.sqlite");
    QString error;
    if (!SampleRelease::build(bench.dir, &bench.archive, &bench.checksums, &error) ||
        !bench.prepareRegistry(&error)) {
        say(error);
        return 1;
    }
    QFile archive(bench.archive);
    if (!archive.open(QIODevice::ReadOnly))
        return 1;
    bench.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(archive.readAll(), QCryptographicHash::Sha256).toHex());
    const PayloadProfile profile = PayloadProfile::load(SampleRelease::profile(), &error);
    bench.packages = profile.aptPackages;
    bench.packages << QStringLiteral("python3-setuptools") << QStringLiteral("python3-apt");
    if (!bench.telegram.listen())
        return 1;
    bench.telegram.addBot(botToken, 987654321, QStringLiteral("KKT bench"), QStringLiteral("kkt_bench_bot"));

    // Both tools back to back under the same load: the machine-wide host lock for the whole run, so
    // that no other host slips in between (and no other host's work loads the machine meanwhile).
    say(QStringLiteral("waiting for the machine-wide host lock …"));
    if (!SystemdHost::holdMachineLock(&error)) {
        say(error);
        return 1;
    }
    Figures kkt, ansible;
    QString instanceId;
    if (!bench.runKkt(&kkt, &instanceId, reruns))
        return 1;
    if (kktOnly) {
        std::printf("KKT Deploy only: full deployment %.2f s, idempotent re-run median of %d %.2f s (%s)\n",
                    kkt.fullS, reruns, median(kkt.reruns), qPrintable(kkt.rerunChanges));
        return kkt.healthy ? 0 : 1;
    }
    if (!bench.runAnsible(&ansible, instanceId, reruns))
        return 1;

    const auto row = [](const char* name, const QString& a, const QString& b) {
        std::printf("%-44s %22s %34s\n", name, qPrintable(a), qPrintable(b));
    };
    const auto s = [](double v) {
        return QString::number(v, 'f', 2) + QStringLiteral(" s");
    };
    std::printf(
        "\nDeployment of the sample release onto a Debian 12 systemd host with the packages present\n");
    row("", QStringLiteral("KKT Deploy"), QStringLiteral("Ansible"));
    row("full deployment, wall", s(kkt.fullS), s(ansible.fullS));
    row("  of which apt (system.packages)", s(kkt.aptS), s(ansible.aptS));
    row("  of which pip (app.venv)", s(kkt.pipS), s(ansible.pipS));
    row("full deployment, net of apt and pip", s(kkt.netS()), s(ansible.netS()));
    row("SSH connections opened (full deployment)", QString::number(kkt.connections),
        QString::number(ansible.connections));
    row("SSH connections opened (last re-run)", QString::number(kkt.rerunConnections),
        QString::number(ansible.rerunConnections));
    row(qPrintable(QStringLiteral("idempotent re-run, median of %1").arg(reruns)), s(median(kkt.reruns)),
        s(median(ansible.reruns)));
    row("  re-runs reported", kkt.rerunChanges, ansible.rerunChanges);
    row("/health through nginx after deployment",
        kkt.healthy ? QStringLiteral("ok") : QStringLiteral("FAILED"),
        ansible.healthy ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    const double kktRerun = median(kkt.reruns);
    std::printf(
        "\nre-run ratio Ansible / KKT Deploy: %.1f× (aim ≥ 15×); KKT Deploy re-run %.2f s (aim ≤ 1 s); "
        "KKT Deploy connections %d (aim 1)\n",
        kktRerun > 0 ? median(ansible.reruns) / kktRerun : 0.0, kktRerun, kkt.connections);
    QStringList onlyKkt, onlyAnsible;
    for (const QString& line : std::as_const(kkt.state)) {
        if (!ansible.state.contains(line))
            onlyKkt << line;
    }
    for (const QString& line : std::as_const(ansible.state)) {
        if (!kkt.state.contains(line))
            onlyAnsible << line;
    }
    const bool same = !kkt.state.isEmpty() && onlyKkt.isEmpty() && onlyAnsible.isEmpty();
    std::printf("server state after both deployments (%lld facts: file hashes, modes, links, units, tables, "
                "users): %s\n",
                static_cast<long long>(kkt.state.size()), same ? "identical" : "DIFFERENT");
    for (const QString& line : std::as_const(onlyKkt))
        std::printf("  only KKT Deploy: %s\n", qPrintable(line));
    for (const QString& line : std::as_const(onlyAnsible))
        std::printf("  only Ansible:    %s\n", qPrintable(line));
    const bool ok = kkt.healthy && ansible.healthy;
    return ok ? 0 : 1;
}
