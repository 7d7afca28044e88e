#include "DeploymentOptions.h"

#include "ExitCode.h"
#include "ReleaseProvision.h"
#include "SelfServiceCheck.h"
#include "core/ConfigFile.h"
#include "core/ConfigValidator.h"
#include "core/Edition.h"
#include "core/FieldRules.h"
#include "secrets/SecretStore.h"
#include "telegram/TelegramBotApi.h"

#include <QDir>
#include <QHostInfo>
#include <QIODevice>

DeploymentOptions::DeploymentOptions()
    : m_knownHosts(QStringLiteral("known-hosts"),
                   tr("KKT Deploy's known-hosts file (default: the application's)"), QStringLiteral("FILE"))
    , m_acceptNew(QStringLiteral("accept-new"), tr("trust the server's host key if none is on file yet"))
    , m_fingerprint(QStringLiteral("fingerprint"), tr("require this host key (SHA256:…)"),
                    QStringLiteral("SHA256"))
    , m_botTokenStdin(QStringLiteral("bot-token-stdin"),
                      tr("read the bot token from the first line of standard input (else $KKT_BOT_TOKEN)"))
    , m_telegramApi(QStringLiteral("telegram-api"),
                    tr("Bot API base URL (default: https://api.telegram.org)"), QStringLiteral("URL"))
    , m_journal(QStringLiteral("journal"),
                tr("the deployment journal (default: in the application data folder)"),
                QStringLiteral("FILE"))
{}

void DeploymentOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_knownHosts, m_acceptNew, m_fingerprint, m_botTokenStdin, m_telegramApi, m_journal});
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("the configuration file (JSON)"));
}

int DeploymentOptions::build(const QCommandLineParser& parser, CommandIo& io, const QString& command,
                             bool needBotToken, DeploymentRequest* request) const
{
    auto usage = [&](const QString& message) {
        io.err << command << QStringLiteral(": ") << message << Qt::endl;
        return int(ExitUsage);
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(tr("give exactly one configuration file — kkt-deploy %1 CONFIG.json").arg(command));
    if (parser.isSet(m_acceptNew) && parser.isSet(m_fingerprint))
        return usage(
            tr("--accept-new and --fingerprint exclude each other — pin the key or accept a new one"));

    const ConfigFile::Loaded loaded = ConfigFile::load(files.first());
    if (!loaded.error.isEmpty())
        return usage(loaded.error);
    ValidationResult valid = ConfigValidator::validate(loaded.config);
    ValidationIssues issues = loaded.issues + valid.issues;

    DeploymentSecrets secrets;
    if (parser.isSet(m_botTokenStdin)) {
        QByteArray line = io.in ? io.in->readLine() : QByteArray();
        secrets.botToken = QString::fromUtf8(line).trimmed();
        line.fill('\0');
    } else {
        secrets.botToken = qEnvironmentVariable(botTokenEnv);
    }
    secrets.adminPassword = qEnvironmentVariable(adminPasswordEnv);
    secrets.sshPassword = qEnvironmentVariable(sshPasswordEnv);
    secrets.keyPassphrase = qEnvironmentVariable(keyPassphraseEnv);
    if (Edition::isSelfService())
        issues << SelfServiceCheck::issues(valid.config, &secrets);
    if (needBotToken || !secrets.botToken.isEmpty()) {
        for (const ValidationIssue& issue : ConfigValidator::validateSecrets(valid.config, secrets)) {
            ValidationIssue explained = issue;
            if (issue.field == QStringLiteral("telegram.botToken") && secrets.botToken.isEmpty())
                explained.fix = tr("set KKT_BOT_TOKEN or pass --bot-token-stdin and pipe the token in");
            if (issue.field == QStringLiteral("admin.password") && secrets.adminPassword.isEmpty())
                explained.fix = tr("set KKT_ADMIN_PASSWORD, or use \"passwordMode\": \"generate\"");
            issues << explained;
        }
    }
    // Not in the environment: what the wizard's "Remember in the keychain" stored for this server.
    const ServerConfig& server = valid.config.server;
    const bool needPassword = server.auth == SshAuth::Password && secrets.sshPassword.isEmpty();
    const bool needPassphrase =
        server.auth == SshAuth::Key && secrets.keyPassphrase.isEmpty() && !server.identityFile.isEmpty();
    if ((needPassword || needPassphrase) && !server.host.isEmpty() && !server.user.isEmpty()) {
        SecretStore store;
        store.setTimeout(5000);
        const SecretStore::Result result = store.readNow(
            needPassword
                ? SecretStore::keyFor(SecretStore::Kind::SshPassword, server.host, server.port, server.user)
                : SecretStore::passphraseKeyFor(server.host, server.port, server.user, server.identityFile));
        if (result.ok())
            (needPassword ? secrets.sshPassword : secrets.keyPassphrase) = result.secret;
        else if (result.status != SecretStore::Status::NotFound &&
                 result.status != SecretStore::Status::NoBackend)
            io.err << command << QStringLiteral(": ") << tr("note: %1").arg(result.message) << Qt::endl;
    }
    if (valid.config.server.auth == SshAuth::Password && secrets.sshPassword.isEmpty())
        issues << ValidationIssue{QStringLiteral("server.password"), tr("is needed for a password login"),
                                  tr("set KKT_SSH_PASSWORD, or let the wizard remember it in the keychain")};
    const DeploymentConfig& config = valid.config;
    if (!issues.isEmpty()) {
        for (const ValidationIssue& issue : std::as_const(issues))
            io.err << issue.toString() << u'\n';
        io.err.flush();
        return ExitUsage;
    }

    VerifiedRelease release;
    if (config.release.source != ReleaseSource::File) {
        if (const int code = ReleaseProvision::provide(config, io, command, &release); code >= 0) {
            secrets.wipe();
            return code;
        }
    }
    QString error;
    *request = DeploymentRequest::make(config, secrets, &error, release);
    secrets.wipe();
    if (!error.isEmpty())
        return usage(error);
    SshTarget& target = request->target;
    target.knownHostsFile = parser.value(m_knownHosts);
    target.acceptNewHostKey = parser.isSet(m_acceptNew);
    target.expectedFingerprint = parser.value(m_fingerprint);
    if (parser.isSet(m_telegramApi))
        request->telegramApiBase = QUrl(parser.value(m_telegramApi));
    return -1;
}
