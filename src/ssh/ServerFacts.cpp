#include "ServerFacts.h"

#include "SshSession.h"

#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {

// In the reader's notation: 23.5 in English, 23,5 in Russian.
QString gib(qint64 kib)
{
    return QLocale().toString(double(kib) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString ServerFacts::script(const Requirements& requirements)
{
    QFile file(QStringLiteral(":/ssh/server-facts.sh"));
    file.open(QIODevice::ReadOnly);
    // An interpreter is a command name: anything else is not passed on.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const QString python =
        name.match(requirements.pythonInterpreter).hasMatch() ? requirements.pythonInterpreter : QString();
    return QStringLiteral("KKT_PYTHON='%1'\n").arg(python) + QString::fromUtf8(file.readAll());
}

QMap<QString, QString> ServerFacts::parse(const QByteArray& output)
{
    QMap<QString, QString> raw;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            raw.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                       QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return raw;
}

int ServerFacts::compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int l = left.value(i).toInt();
        const int r = right.value(i).toInt();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

ServerFactList ServerFacts::evaluate(const QMap<QString, QString>& raw, const Requirements& req)
{
    ServerFactList facts;
    auto add = [&](const QString& id, const QString& title, const QString& value, ServerFact::Status status,
                   const QString& message) {
        facts << ServerFact{id, title, value, status, message};
    };

    const QString osId = raw.value(QStringLiteral("os_id"));
    const QString osVersion = raw.value(QStringLiteral("os_version"));
    const QString osName = raw.value(QStringLiteral("os_name"), osId + u' ' + osVersion);
    const bool supported = (osId == QStringLiteral("ubuntu") &&
                            (osVersion == QStringLiteral("22.04") || osVersion == QStringLiteral("24.04"))) ||
                           (osId == QStringLiteral("debian") && osVersion == QStringLiteral("12"));
    const bool profileSupports =
        req.systems.isEmpty() || req.systems.contains(osId + u' ' + osVersion, Qt::CaseInsensitive);
    if (!supported)
        add(QStringLiteral("os"), tr("Operating system"), osName, ServerFact::Fail,
            tr("%1 is not supported — use Ubuntu 22.04, Ubuntu 24.04 or Debian 12").arg(osName));
    else if (!profileSupports)
        add(QStringLiteral("os"), tr("Operating system"), osName, ServerFact::Fail,
            tr("The release profile %1 runs only on %2, not on %3 — choose a server with one of those "
               "systems, or a release whose profile supports %3")
                .arg(req.profileName, req.systems.join(QStringLiteral(", ")), osName));
    else
        add(QStringLiteral("os"), tr("Operating system"), osName, ServerFact::Pass, tr("Supported"));

    const QString arch = raw.value(QStringLiteral("arch"));
    const bool knownArch = arch == QStringLiteral("x86_64") || arch == QStringLiteral("aarch64");
    add(QStringLiteral("arch"), tr("Architecture"), arch, knownArch ? ServerFact::Pass : ServerFact::Warn,
        knownArch ? tr("Supported") : tr("%1 is untested — x86_64 or aarch64 are expected").arg(arch));

    const int cpus = raw.value(QStringLiteral("cpus")).toInt();
    add(QStringLiteral("cpus"), tr("CPUs"), QString::number(cpus),
        cpus >= req.cpus ? ServerFact::Pass : ServerFact::Warn,
        cpus >= req.cpus ? tr("At least %n vCPU(s)", nullptr, req.cpus)
                         : tr("%n vCPU(s) recommended; the services will be slow", nullptr, req.cpus));

    // A "4 GB" server reports somewhat less to the kernel: allow 10 %.
    const qint64 memoryKib = raw.value(QStringLiteral("memory_kib")).toLongLong();
    const bool enoughMemory = memoryKib >= qint64(req.memoryMiB) * 1024 * 9 / 10;
    add(QStringLiteral("memory"), tr("Memory"), tr("%1 GB").arg(gib(memoryKib)),
        enoughMemory ? ServerFact::Pass : (memoryKib < 1024 * 1024 ? ServerFact::Fail : ServerFact::Warn),
        enoughMemory ? tr("At least %1 GB").arg(req.memoryMiB / 1024)
                     : tr("%1 GB recommended; PostgreSQL and the services may run out of memory")
                           .arg(req.memoryMiB / 1024));

    const qint64 totalKib = raw.value(QStringLiteral("disk_total_kib")).toLongLong();
    const qint64 freeKib = raw.value(QStringLiteral("disk_free_kib")).toLongLong();
    ServerFact::Status diskStatus = ServerFact::Pass;
    QString diskMessage = tr("At least %1 GB on /").arg(req.diskGiB);
    if (freeKib < qint64(req.freeDiskGiB) * 1024 * 1024) {
        diskStatus = ServerFact::Fail;
        diskMessage =
            tr("Only %1 GB free on / — free at least %2 GB first").arg(gib(freeKib)).arg(req.freeDiskGiB);
    } else if (totalKib < qint64(req.diskGiB) * 1024 * 1024 * 9 / 10) {
        diskStatus = ServerFact::Warn;
        diskMessage = tr("%1 GB disk recommended; backups will fill a smaller one").arg(req.diskGiB);
    }
    add(QStringLiteral("disk"), tr("Disk space on /"),
        tr("%1 GB free of %2 GB").arg(gib(freeKib), gib(totalKib)), diskStatus, diskMessage);

    // The profile's interpreter makes the venv: it is the one that must be new enough.
    const QString interpreter =
        req.pythonInterpreter.isEmpty() ? QStringLiteral("python3") : req.pythonInterpreter;
    QStringList found;
    for (const QString& name : QStringList{QStringLiteral("python3"), interpreter}) {
        const QString version = raw.value(name);
        if (!version.isEmpty() && !found.contains(name + u' ' + version))
            found << name + u' ' + version;
    }
    const QString version = raw.value(interpreter);
    const bool pythonOk = !version.isEmpty() &&
                          (req.pythonMinimum.isEmpty() || compareVersions(version, req.pythonMinimum) >= 0);
    QString pythonMessage;
    if (pythonOk)
        pythonMessage = req.pythonMinimum.isEmpty() ? tr("%1 is present").arg(interpreter)
                                                    : tr("%1 %2 meets the release's minimum, Python %3")
                                                          .arg(interpreter, version, req.pythonMinimum);
    else if (version.isEmpty())
        pythonMessage = tr("The release profile %1 needs %2 (Python %3 or newer) and the server has none: "
                           "install it first, or choose a server that ships it")
                            .arg(req.profileName, interpreter, req.pythonMinimum);
    else
        pythonMessage =
            tr("The release profile %1 needs Python %2 or newer; the server's %3 is %4: install a "
               "newer Python first, or choose a server that ships it")
                .arg(req.profileName, req.pythonMinimum, interpreter, version);
    add(QStringLiteral("python"), tr("Python"),
        found.isEmpty() ? tr("none") : found.join(QStringLiteral(", ")),
        pythonOk ? ServerFact::Pass : ServerFact::Fail, pythonMessage);

    const QString systemd = raw.value(QStringLiteral("systemd"));
    ServerFact::Status systemdStatus = ServerFact::Pass;
    QString systemdMessage = tr("systemd is running");
    if (systemd == QStringLiteral("absent") || systemd.isEmpty()) {
        systemdStatus = ServerFact::Fail;
        systemdMessage =
            tr("systemd is not running — the services need it (a container without systemd cannot host KKT)");
    } else if (systemd != QStringLiteral("running")) {
        systemdStatus = ServerFact::Warn;
        systemdMessage = tr("systemd reports “%1” — check `systemctl --failed` on the server").arg(systemd);
    }
    QString systemdState = systemd;
    if (systemd == QStringLiteral("absent") || systemd.isEmpty())
        systemdState = tr("not running");
    else if (systemd == QStringLiteral("running"))
        systemdState = tr("running");
    else if (systemd == QStringLiteral("degraded"))
        systemdState = tr("degraded");
    add(QStringLiteral("systemd"), tr("systemd"), systemdState, systemdStatus, systemdMessage);

    const QString sudo = raw.value(QStringLiteral("sudo"));
    if (sudo == QStringLiteral("root"))
        add(QStringLiteral("sudo"), tr("Administrator rights"), tr("logged in as root"), ServerFact::Pass,
            tr("Root login"));
    else if (sudo == QStringLiteral("passwordless"))
        add(QStringLiteral("sudo"), tr("Administrator rights"), tr("sudo without password"), ServerFact::Pass,
            tr("sudo works without a password prompt"));
    else if (sudo == QStringLiteral("password"))
        add(QStringLiteral("sudo"), tr("Administrator rights"), tr("sudo asks for a password"),
            ServerFact::Warn,
            tr("sudo needs a password: KKT Deploy will send it over stdin; or allow this user sudo without a "
               "password (NOPASSWD in /etc/sudoers.d/)"));
    else
        add(QStringLiteral("sudo"), tr("Administrator rights"), tr("no sudo"), ServerFact::Fail,
            tr("This user cannot become root: log in as root or install sudo and allow this user to use it"));

    for (const char* portText : {"80", "443"}) {
        const QString port = QString::fromLatin1(portText);
        const QString state = raw.value(QStringLiteral("port_") + port);
        const QString id = QStringLiteral("port") + port;
        const QString title = tr("Port %1").arg(port);
        if (state == QStringLiteral("free")) {
            add(id, title, tr("free"), ServerFact::Pass, tr("Free for nginx"));
        } else if (state.startsWith(QStringLiteral("used:"))) {
            const QString owner = state.mid(5);
            if (owner == QStringLiteral("nginx"))
                add(id, title, tr("used by nginx"), ServerFact::Warn,
                    tr("nginx already listens here: KKT Deploy adds its own site next to the existing ones"));
            else
                add(id, title, tr("used by %1").arg(owner), ServerFact::Fail,
                    tr("%1 already uses port %2: stop and disable it, or choose another server — nginx and "
                       "Let's Encrypt need this port")
                        .arg(owner, port));
        } else {
            add(id, title, tr("unknown"), ServerFact::Warn, tr("Could not check (the ss tool is missing)"));
        }
    }

    const QString busy = raw.value(QStringLiteral("package_manager_busy"));
    if (busy.isEmpty())
        add(QStringLiteral("packages"), tr("Package manager"), tr("idle"), ServerFact::Pass,
            tr("apt and dpkg are idle"));
    else if (busy == QStringLiteral("unknown"))
        add(QStringLiteral("packages"), tr("Package manager"), tr("unknown"), ServerFact::Warn,
            tr("Could not check (pgrep is missing)"));
    else
        add(QStringLiteral("packages"), tr("Package manager"), tr("busy: %1").arg(busy), ServerFact::Warn,
            tr("apt/dpkg is running (often unattended-upgrades after a fresh install): the deployment waits "
               "for it"));
    return facts;
}

ServerFact ServerFacts::checkDns(const QString& domain, const QString& host)
{
    const QString title = tr("Domain DNS");
    if (domain.trimmed().isEmpty())
        return {QStringLiteral("dns"), title, tr("no domain"), ServerFact::Warn,
                tr("No domain given: the site will have no HTTPS certificate")};
    auto addresses = [](const QString& name) {
        QSet<QString> set;
        QHostAddress literal;
        if (literal.setAddress(name)) {
            set.insert(literal.toString());
            return set;
        }
        for (const QHostAddress& a : QHostInfo::fromName(name).addresses())
            set.insert(a.toString());
        return set;
    };
    const QSet<QString> domainAddresses = addresses(domain.trimmed());
    const QSet<QString> hostAddresses = addresses(host.trimmed());
    QStringList shown(domainAddresses.cbegin(), domainAddresses.cend());
    shown.sort();
    if (domainAddresses.isEmpty())
        return {
            QStringLiteral("dns"), title, tr("%1 does not resolve").arg(domain), ServerFact::Warn,
            tr("%1 has no DNS address yet: add an A record pointing at the server, or HTTPS cannot be set "
               "up")
                .arg(domain)};
    if (domainAddresses.intersects(hostAddresses))
        return {QStringLiteral("dns"), title, tr("%1 → %2").arg(domain, shown.join(QStringLiteral(", "))),
                ServerFact::Pass, tr("The domain points at this server")};
    QStringList hostShown(hostAddresses.cbegin(), hostAddresses.cend());
    hostShown.sort();
    return {QStringLiteral("dns"), title, tr("%1 → %2").arg(domain, shown.join(QStringLiteral(", "))),
            ServerFact::Warn,
            tr("%1 points at %2, but the server is %3: fix the A record, or HTTPS cannot be set up")
                .arg(domain, shown.join(QStringLiteral(", ")), hostShown.join(QStringLiteral(", ")))};
}

ServerFactList ServerFacts::collect(SshSession& session, const QString& domain,
                                    const Requirements& requirements, SshError* error)
{
    SshSession::RunOptions options;
    options.stdinData = script(requirements).toUtf8();
    options.timeoutSeconds = 60;
    const SshSession::Result result = session.run(QStringLiteral("sh -s"), options);
    if (result.error) {
        *error = result.error;
        return {};
    }
    if (result.exitStatus != 0) {
        *error = SshError::make(SshError::Failed, tr("The server check script failed (exit status %1): %2")
                                                      .arg(result.exitStatus)
                                                      .arg(QString::fromUtf8(result.stderrData).trimmed()));
        return {};
    }
    ServerFactList facts = evaluate(parse(result.stdoutData), requirements);
    facts << checkDns(domain, session.resolvedHost());
    return facts;
}

QString ServerFacts::failures(const ServerFactList& facts, const QStringList& ids)
{
    QStringList problems;
    for (const ServerFact& fact : facts) {
        if (fact.status == ServerFact::Fail && (ids.isEmpty() || ids.contains(fact.id)))
            problems << fact.title + QStringLiteral(": ") + fact.message;
    }
    return problems.join(QStringLiteral("; "));
}

ServerFact::Status ServerFacts::overall(const ServerFactList& facts)
{
    ServerFact::Status worst = ServerFact::Pass;
    for (const ServerFact& fact : facts)
        worst = qMax(worst, fact.status);
    return worst;
}
