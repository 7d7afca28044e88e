#include "ProbeCommand.h"

#include "ExitCode.h"
#include "core/DeploymentSecrets.h"
#include "provisioning/PayloadProfile.h"
#include "secrets/SecretStore.h"
#include "ssh/ServerFacts.h"
#include "ssh/SshSession.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ProbeCommand::summary() const
{
    return tr("connect to a server, check its host key and print its facts (OS, CPU, RAM, disk, ports …)");
}

int ProbeCommand::exitCodeFor(SshError::Kind kind)
{
    switch (kind) {
    case SshError::None:
        return ExitOk;
    case SshError::HostKeyUnknown:
        return ExitHostKeyUnknown;
    case SshError::HostKeyChanged:
        return ExitHostKeyChanged;
    case SshError::AuthFailed:
        return ExitAuthFailed;
    case SshError::Unreachable:
    case SshError::ConnectionLost:
        return ExitUnreachable;
    case SshError::ChecksumMismatch:
        return ExitChecksumMismatch;
    case SshError::TimedOut:
    case SshError::Cancelled:
    case SshError::Failed:
        break;
    }
    return ExitFailure;
}

QString ProbeCommand::kindName(SshError::Kind kind)
{
    switch (kind) {
    case SshError::None:
        return QStringLiteral("none");
    case SshError::Unreachable:
        return QStringLiteral("unreachable");
    case SshError::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case SshError::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case SshError::AuthFailed:
        return QStringLiteral("auth-failed");
    case SshError::ConnectionLost:
        return QStringLiteral("connection-lost");
    case SshError::TimedOut:
        return QStringLiteral("timed-out");
    case SshError::Cancelled:
        return QStringLiteral("cancelled");
    case SshError::ChecksumMismatch:
        return QStringLiteral("checksum-mismatch");
    case SshError::Failed:
        break;
    }
    return QStringLiteral("failed");
}

int ProbeCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("the server: name, address or ~/.ssh/config alias"),
                                  QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), tr("SSH port (default: ~/.ssh/config, else 22)"),
                                  QStringLiteral("PORT"));
    const QCommandLineOption user(
        QStringLiteral("user"), tr("login user (default: ~/.ssh/config, else root)"), QStringLiteral("USER"));
    const QCommandLineOption identity(
        QStringLiteral("identity"),
        tr("private key file; its passphrase comes from %1").arg(QLatin1String(keyPassphraseEnv)),
        QStringLiteral("FILE"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("read the SSH password from the first line of standard input "
                                              "(or set %1)")
                                               .arg(QLatin1String(sshPasswordEnv)));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        tr("KKT Deploy's known-hosts file (default: %1)").arg(SshSession::defaultKnownHostsFile()),
        QStringLiteral("FILE"));
    const QCommandLineOption userKnownHosts(
        QStringLiteral("user-known-hosts"),
        tr("your own known-hosts file, read only (default: ~/.ssh/known_hosts)"), QStringLiteral("FILE"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       tr("SSH client configuration (default: ~/.ssh/config)"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new"),
                                       tr("trust and remember an unknown host key"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         tr("require exactly this host key (as ssh-keygen -lf prints it)"),
                                         QStringLiteral("SHA256:…"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    tr("also check that this domain's DNS points at the server"),
                                    QStringLiteral("DOMAIN"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("seconds to wait for the connection (default 15)"),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        tr("judge Python and the system against this payload profile (default: the built-in KKT 1.0)"),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    parser.addOptions({host, port, user, identity, passwordStdin, knownHosts, userKnownHosts, sshConfig,
                       acceptNew, fingerprint, domain, timeout, profile, json});
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;

    auto usage = [&](const QString& message) {
        io.err << tr("probe: %1").arg(message) << Qt::endl;
        return int(ExitUsage);
    };
    SshTarget target;
    target.host = parser.value(host).trimmed();
    if (target.host.isEmpty())
        return usage(tr("--host is missing — give the server, e.g. kkt-deploy probe --host 203.0.113.5"));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument “%1” — see kkt-deploy probe --help")
                         .arg(parser.positionalArguments().first()));
    if (parser.isSet(port)) {
        bool ok = false;
        target.port = parser.value(port).toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535)
            return usage(
                tr("--port: “%1” is not a port — use a number from 1 to 65535").arg(parser.value(port)));
    }
    bool timeoutOk = false;
    target.connectTimeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || target.connectTimeoutSeconds < 1)
        return usage(tr("--timeout: “%1” is not a number of seconds — use e.g. --timeout 15")
                         .arg(parser.value(timeout)));
    QString profileError;
    const PayloadProfile payload = PayloadProfile::forConfig(parser.value(profile), &profileError);
    if (!profileError.isEmpty())
        return usage(tr("--profile: %1 — give a payload profile (.json), or leave it out for KKT 1.0")
                         .arg(profileError));
    if (parser.isSet(acceptNew) && parser.isSet(fingerprint))
        return usage(
            tr("--accept-new and --fingerprint exclude each other — pin the key or accept a new one"));
    if (parser.isSet(fingerprint) && !parser.value(fingerprint).startsWith(QStringLiteral("SHA256:")))
        return usage(
            tr("--fingerprint: “%1” is not a SHA256 fingerprint — copy it as ssh-keygen -lf prints it "
               "(SHA256:…)")
                .arg(parser.value(fingerprint)));
    target.user = parser.value(user);
    target.identityFile = parser.value(identity);
    target.knownHostsFile = parser.value(knownHosts);
    target.userKnownHostsFile = parser.value(userKnownHosts);
    target.configFile = parser.value(sshConfig);
    target.acceptNewHostKey = parser.isSet(acceptNew);
    target.expectedFingerprint = parser.value(fingerprint);
    target.passphrase = qEnvironmentVariable(keyPassphraseEnv);
    if (parser.isSet(passwordStdin)) {
        if (!io.in)
            return usage(tr("--password-stdin: standard input cannot be read"));
        QByteArray line = io.in->readLine();
        target.password = QString::fromUtf8(line).remove(u'\n').remove(u'\r');
        line.fill('\0');
        if (target.password.isEmpty())
            return usage(
                tr("--password-stdin: the first line of standard input is empty — pipe the password in"));
    } else {
        target.password = qEnvironmentVariable(sshPasswordEnv);
    }
    // Neither the environment nor stdin: what the wizard's "Remember in the keychain" stored for
    // this host, port and user (and key file). No keychain or nothing stored is normal here.
    if (!parser.value(host).isEmpty() && !target.user.isEmpty() &&
        (target.password.isEmpty() || (target.passphrase.isEmpty() && !target.identityFile.isEmpty()))) {
        SecretStore store;
        store.setTimeout(5000);
        const auto remembered = [&](const QString& key, QString* secret) {
            if (!secret->isEmpty())
                return;
            const SecretStore::Result result = store.readNow(key);
            if (result.ok())
                *secret = result.secret;
            else if (result.status != SecretStore::Status::NotFound &&
                     result.status != SecretStore::Status::NoBackend)
                io.err << tr("probe: note: %1").arg(result.message) << Qt::endl;
        };
        remembered(
            SecretStore::keyFor(SecretStore::Kind::SshPassword, parser.value(host), target.port, target.user),
            &target.password);
        if (!target.identityFile.isEmpty())
            remembered(SecretStore::passphraseKeyFor(parser.value(host), target.port, target.user,
                                                     target.identityFile),
                       &target.passphrase);
    }

    SshSession session;
    session.setTarget(target);
    target.wipeSecrets();
    SshError error = session.open();
    ServerFactList facts;
    if (!error)
        facts = ServerFacts::collect(session, parser.value(domain), payload.serverRequirements(), &error);
    session.disconnectFromHost();

    const HostKey key = session.hostKey();
    if (parser.isSet(json)) {
        QJsonObject out{{QStringLiteral("host"), session.resolvedHost()},
                        {QStringLiteral("port"), session.resolvedPort()},
                        {QStringLiteral("user"), session.resolvedUser()}};
        if (!key.fingerprint.isEmpty())
            out.insert(QStringLiteral("hostKey"),
                       QJsonObject{{QStringLiteral("type"), key.type},
                                   {QStringLiteral("fingerprint"), key.fingerprint}});
        if (error) {
            out.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), kindName(error.kind)},
                                                            {QStringLiteral("message"), error.message}});
        } else {
            QJsonArray list;
            for (const ServerFact& fact : std::as_const(facts))
                list.append(QJsonObject{{QStringLiteral("id"), fact.id},
                                        {QStringLiteral("title"), fact.title},
                                        {QStringLiteral("value"), fact.value},
                                        {QStringLiteral("status"), ServerFact::statusName(fact.status)},
                                        {QStringLiteral("message"), fact.message}});
            out.insert(QStringLiteral("facts"), list);
            out.insert(QStringLiteral("overall"), ServerFact::statusName(ServerFacts::overall(facts)));
        }
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else if (error) {
        io.err << tr("probe: %1").arg(error.message) << Qt::endl;
        if (error.kind == SshError::HostKeyUnknown)
            io.err << tr("If the fingerprint is right, run again with --accept-new or --fingerprint %1")
                          .arg(key.fingerprint)
                   << Qt::endl;
    } else {
        io.out << tr("%1@%2, port %3 — host key %4 %5")
                      .arg(session.resolvedUser(), session.resolvedHost())
                      .arg(session.resolvedPort())
                      .arg(key.type, key.fingerprint)
               << u'\n';
        for (const ServerFact& fact : std::as_const(facts))
            io.out << QStringLiteral("[%1] %2: %3 — %4\n")
                          .arg(ServerFact::statusName(fact.status), fact.title, fact.value, fact.message);
    }
    if (!error && ServerFacts::overall(facts) == ServerFact::Fail) {
        const auto failed = std::count_if(facts.cbegin(), facts.cend(), [](const ServerFact& fact) {
            return fact.status == ServerFact::Fail;
        });
        if (!parser.isSet(json))
            io.err << tr("probe: %n check(s) failed — the server does not meet KKT's requirements", nullptr,
                         int(failed))
                   << Qt::endl;
        return ExitChecksFailed;
    }
    return exitCodeFor(error.kind);
}
