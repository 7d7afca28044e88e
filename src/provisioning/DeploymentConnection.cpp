#include "DeploymentConnection.h"

#include "StepCatalog.h"
#include "ssh/RemoteShell.h"
#include "ssh/SshSession.h"

namespace {

constexpr int scriptTimeoutSeconds = 3600;

} // namespace

QString DeploymentConnection::Result::marker(const QString& kind) const
{
    QString value;
    const QString prefix = QStringLiteral("::kkt-") + kind + u' ';
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith(prefix))
            value = line.mid(prefix.size()).trimmed();
    }
    return value;
}

QString DeploymentConnection::Result::failure(int lines) const
{
    if (!error.isEmpty())
        return error;
    QStringList all;
    for (const QString& line : output.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("::kkt-")) && !line.trimmed().isEmpty())
            all << line;
    }
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(u'\n');
}

DeploymentConnection::DeploymentConnection(const SshTarget& target, Redactor& redactor)
    : m_target(target)
    , m_redactor(redactor)
{}

DeploymentConnection::~DeploymentConnection()
{
    {
        std::lock_guard lock(m_activeMutex);
        m_active = nullptr;
    }
    m_shell.reset(); // before the session it runs on
    m_ssh.reset();
    m_target.wipeSecrets();
}

SshError DeploymentConnection::open()
{
    {
        std::lock_guard lock(m_activeMutex);
        m_active = nullptr;
    }
    m_shell.reset();
    m_ssh = std::make_unique<SshSession>();
    m_shell = std::make_unique<RemoteShell>(m_ssh.get());
    m_ssh->setTarget(m_target);
    {
        std::lock_guard lock(m_activeMutex);
        m_active = m_ssh.get();
        if (m_cancelled)
            m_ssh->cancel();
    }
    SshError error = m_ssh->open();
    error.message = m_redactor.redact(error.message);
    return error;
}

bool DeploymentConnection::isOpen() const
{
    return m_ssh && m_ssh->isConnected();
}

void DeploymentConnection::close()
{
    if (m_ssh)
        m_ssh->disconnectFromHost();
}

void DeploymentConnection::cancel()
{
    std::lock_guard lock(m_activeMutex);
    m_cancelled = true;
    if (m_active)
        m_active->cancel(); // thread-safe; during the handshake it also cuts the connection
}

void DeploymentConnection::resetCancel()
{
    m_cancelled = false;
    if (m_ssh)
        m_ssh->resetCancel();
}

bool DeploymentConnection::sudo() const
{
    return m_ssh->resolvedUser() != QStringLiteral("root");
}

DeploymentConnection::Result DeploymentConnection::run(const InstanceLayout& layout, const QString& body,
                                                       const QMap<QString, QString>& secrets,
                                                       const RemoteScript::Variables& extra)
{
    Result remote;
    QString error;
    auto variables = layout.scriptVariables(secrets, &error);
    variables += extra;
    if (!error.isEmpty()) {
        remote.error = error;
        return remote;
    }
    SshSession::RunOptions options;
    options.timeoutSeconds = scriptTimeoutSeconds;
    options.sudo = sudo();
    options.sudoPassword = m_target.password;
    const auto onLine = [this](const QString& line) {
        // A server-side secret the script read (prelude.sh): masked from here on, for every user
        // of this connection, before any line that might contain it is logged.
        if (line.startsWith(QStringLiteral("::kkt-secret ")))
            m_redactor.addSecret(line.mid(13));
        else if (m_onLine)
            m_onLine(line);
    };
    const auto outConnection =
        QObject::connect(m_shell.get(), &RemoteShell::stdoutLine, m_shell.get(), onLine);
    const auto errConnection =
        QObject::connect(m_shell.get(), &RemoteShell::stderrLine, m_shell.get(), onLine);
    QByteArray script = RemoteScript::compose(variables, body).toUtf8();
    const SshSession::Result result = m_shell->run(script, options);
    QObject::disconnect(outConnection);
    QObject::disconnect(errConnection);
    script.fill('\0');
    remote.exitStatus = result.exitStatus;
    remote.output =
        m_redactor.redact(QString::fromUtf8(result.stdoutData) + QString::fromUtf8(result.stderrData));
    remote.ok = result.ok();
    remote.sshErrorKind = result.error.kind;
    if (!result.error.ok())
        remote.error = m_redactor.redact(result.error.message);
    return remote;
}

SshError DeploymentConnection::upload(const QString& localPath, const QString& remotePath,
                                      const std::function<void(qint64, qint64)>& onProgress)
{
    SshSession::UploadOptions options;
    options.mode = 0600;
    options.verifySha256 = true;
    options.sudo = sudo();
    const auto connection =
        QObject::connect(m_ssh.get(), &SshSession::uploadProgress, m_ssh.get(), onProgress);
    SshError error = m_ssh->upload(localPath, remotePath, options);
    QObject::disconnect(connection);
    error.message = m_redactor.redact(error.message);
    return error;
}

DeploymentConnection::Lock DeploymentConnection::acquireLock(const InstanceLayout& layout,
                                                             const QString& deploymentId,
                                                             const QString& owner, int seconds,
                                                             QString* detail)
{
    const Result remote = run(layout, StepCatalog::script(QStringLiteral("lock")), {},
                              {{QStringLiteral("KKT_LOCK_ACTION"), QStringLiteral("acquire")},
                               {QStringLiteral("KKT_DEPLOYMENT_ID"), deploymentId},
                               {QStringLiteral("KKT_LOCK_OWNER"), owner},
                               {QStringLiteral("KKT_LOCK_SECONDS"), QString::number(seconds)}});
    const QString lock = remote.marker(QStringLiteral("lock"));
    if (remote.ok && lock == QStringLiteral("acquired")) {
        m_lockHeld = true;
        return Lock::Acquired;
    }
    if (lock.startsWith(QStringLiteral("held "))) {
        const QStringList parts = lock.split(u' ');
        *detail = tr("another deployment is running on this server (by %1 since %2, lock expires %3); "
                     "wait for it to finish")
                      .arg(parts.value(1), parts.value(2), parts.value(3));
        return Lock::Held;
    }
    *detail = remote.failure(5);
    return Lock::Failed;
}

void DeploymentConnection::releaseLock(const InstanceLayout& layout, const QString& deploymentId)
{
    if (!m_lockHeld || !isOpen())
        return;
    resetCancel();
    run(layout, StepCatalog::script(QStringLiteral("lock")), {},
        {{QStringLiteral("KKT_LOCK_ACTION"), QStringLiteral("release")},
         {QStringLiteral("KKT_DEPLOYMENT_ID"), deploymentId}});
    m_lockHeld = false;
}
