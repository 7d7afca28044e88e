#include "DeploymentRunner.h"

#include "DeploymentRecorder.h"
#include "HttpProbe.h"
#include "ProvisioningLogging.h"
#include "RemoteScript.h"
#include "StepCatalog.h"
#include "core/PasswordGenerator.h"
#include "releases/ReleaseCheck.h"
#include "ssh/SshSession.h"
#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int stepTimeoutSeconds = 3600;
constexpr int healthTimeoutMs = 15000;

// The last marker value of a kind ("::kkt-state done" → "done").
QString lastMarker(const QString& output, const QString& kind)
{
    QString value;
    const QString prefix = QStringLiteral("::kkt-") + kind + u' ';
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith(prefix))
            value = line.mid(prefix.size()).trimmed();
    }
    return value;
}

QString tail(const QString& text, int lines)
{
    QStringList all;
    for (const QString& line : text.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("::kkt-")) && !line.trimmed().isEmpty())
            all << line;
    }
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(u'\n');
}

PayloadLayout layoutOf(const PayloadProfile& profile)
{
    PayloadLayout layout;
    layout.name = profile.name;
    for (QString entry : profile.layout) {
        if (entry.endsWith(u'/')) {
            entry.chop(1);
            layout.requiredFolders << entry;
        } else {
            layout.requiredFiles << entry;
        }
    }
    layout.leftovers = PayloadLayout::kkt10().leftovers;
    return layout;
}

TelegramResult waitFor(TelegramCall* call, const std::atomic_bool& cancel)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &TelegramCall::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel)
                call->cancel();
        });
        poll.start(100);
        loop.exec();
    }
    TelegramResult result = call->result();
    call->deleteLater();
    return result;
}

} // namespace

DeploymentRunner::DeploymentRunner(DeploymentRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    for (const QString& secret :
         {m_request.secrets.botToken, m_request.secrets.adminPassword, m_request.secrets.sshPassword,
          m_request.secrets.keyPassphrase, m_request.target.password, m_request.target.passphrase,
          m_request.tls.keyPem})
        m_redactor.addSecret(secret);
    if (m_request.telegramApiBase.isEmpty())
        m_request.telegramApiBase = QUrl(QStringLiteral("https://api.telegram.org"));
}

DeploymentRunner::~DeploymentRunner()
{
    m_activeSsh = nullptr;
    m_request.secrets.wipe();
    m_request.target.wipeSecrets();
    m_adminPassword.fill(QChar(u'\0'));
}

void DeploymentRunner::cancel()
{
    m_cancel = true;
    if (SshSession* ssh = m_activeSsh.load())
        ssh->cancel(); // thread-safe: only sets the session's flag
}

void DeploymentRunner::log(const QString& line)
{
    const QString clean = redact(line);
    qCDebug(lcProvisioning).noquote() << clean;
    m_log << clean;
    if (m_log.size() > 2000)
        m_log.removeFirst();
    emit logLine(clean);
}

QMap<QString, QString> DeploymentRunner::scriptSecrets() const
{
    QString error;
    const QJsonObject admin{{QStringLiteral("username"), m_request.profile.adminUsername},
                            {QStringLiteral("email"), m_request.config.admin.email},
                            {QStringLiteral("full_name"), m_request.config.admin.fullName},
                            {QStringLiteral("role"), QStringLiteral("admin")},
                            {QStringLiteral("password"), m_adminPassword}};
    return {{QStringLiteral("KKT_ENV_CONTENT"), m_layout->renderEnv(m_request.secrets.botToken, &error)},
            {QStringLiteral("KKT_ADMIN_JSON"),
             QString::fromUtf8(QJsonDocument(admin).toJson(QJsonDocument::Compact))},
            {QStringLiteral("KKT_ADMIN_FORCE"), m_forceAdmin ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("KKT_TLS_CERT_CONTENT"), m_request.tls.certificatePem},
            {QStringLiteral("KKT_TLS_KEY_CONTENT"), m_request.tls.keyPem}};
}

DeploymentRunner::Remote DeploymentRunner::runScript(const QString& body, bool withSecrets)
{
    Remote remote;
    QString error;
    auto variables =
        m_layout->scriptVariables(withSecrets ? scriptSecrets() : QMap<QString, QString>{}, &error);
    variables += m_extraVariables;
    if (!error.isEmpty()) {
        remote.error = error;
        return remote;
    }
    SshSession::RunOptions options;
    options.stdinData = RemoteScript::compose(variables, body).toUtf8();
    options.timeoutSeconds = stepTimeoutSeconds;
    options.sudo = m_ssh->resolvedUser() != QStringLiteral("root");
    options.sudoPassword = m_request.target.password;
    const auto onLine = [this](const QString& line) {
        if (!line.startsWith(QStringLiteral("::kkt-")))
            log(line);
    };
    const auto outConnection = connect(m_ssh.get(), &SshSession::stdoutLine, this, onLine);
    const auto errConnection = connect(m_ssh.get(), &SshSession::stderrLine, this, onLine);
    const SshSession::Result result = m_ssh->run(QStringLiteral("bash -s"), options);
    disconnect(outConnection);
    disconnect(errConnection);
    options.stdinData.fill('\0');
    remote.exitStatus = result.exitStatus;
    remote.output = redact(QString::fromUtf8(result.stdoutData) + QString::fromUtf8(result.stderrData));
    remote.ok = result.ok();
    remote.sshErrorKind = result.error.kind;
    if (!result.error.ok())
        remote.error = redact(result.error.message);
    return remote;
}

void DeploymentRunner::reportProgress(int index, int count, const QString& title)
{
    int percent = DeploymentPhases::end(DeploymentPhase::Connect);
    if (index >= count) {
        percent = DeploymentPhases::start(DeploymentPhase::Health);
    } else if (count > 0) {
        const ProvisioningStep& step = m_steps.at(index);
        int inPhase = 0, before = 0;
        for (int i = 0; i < count; ++i) {
            if (m_steps.at(i).phase == step.phase) {
                ++inPhase;
                if (i < index)
                    ++before;
            }
        }
        const int start = DeploymentPhases::start(step.phase);
        const int width = DeploymentPhases::end(step.phase) - start;
        percent = start + width * before / qMax(1, inPhase);
    }
    qint64 etaMs = 0;
    for (int i = index; i < count; ++i) {
        const qint64 typical = m_journal ? m_journal->typicalDurationMs(m_steps.at(i).id) : -1;
        etaMs += typical >= 0 ? typical : 5000;
    }
    emit progress(percent, title, etaMs / 1000);
}

bool DeploymentRunner::prepareRelease(DeploymentOutcome* outcome)
{
    log(tr("Checking the release %1 …").arg(m_request.archivePath));
    ReleaseCheck::Expected expected = QByteArray();
    if (ChecksumFile::isSha256(m_request.checksums.toLatin1()))
        expected = m_request.checksums.toLatin1().toLower();
    else
        expected = ChecksumFile::load(m_request.checksums);
    const PayloadLayout layout = layoutOf(m_request.profile);
    const ReleaseCheck::Result check =
        ReleaseCheck::run(m_request.archivePath, expected, ArchiveLimits{}, &layout, &m_cancel);
    if (!check.ok()) {
        outcome->status = DeploymentOutcome::Status::ReleaseRejected;
        outcome->error = redact(check.problem());
        return false;
    }
    for (const QString& warning : check.inspection.warnings)
        log(tr("Release warning: %1").arg(warning));
    outcome->version = check.inspection.versionText;
    m_releaseVersion = check.inspection.versionText;
    m_releaseSha256 = QString::fromLatin1(check.checksum.actual).toLower();
    log(tr("Release %1 is intact (SHA-256 %2) and safe to unpack.").arg(m_releaseVersion, m_releaseSha256));
    return true;
}

bool DeploymentRunner::connectToServer(DeploymentOutcome* outcome)
{
    emit progress(0, tr("Connecting to %1").arg(m_request.target.host), -1);
    m_activeSsh = nullptr;
    m_ssh = std::make_unique<SshSession>();
    m_ssh->setTarget(m_request.target);
    m_activeSsh = m_ssh.get();
    if (m_cancel)
        m_ssh->cancel();
    const SshError error = m_ssh->open();
    if (!error.ok()) {
        outcome->status = DeploymentOutcome::Status::NotConnected;
        outcome->sshErrorKind = error.kind;
        outcome->error = redact(error.message);
        return false;
    }
    outcome->hostKeyFingerprint = m_ssh->hostKey().fingerprint;
    log(tr("Connected to %1 as %2 (host key %3).")
            .arg(m_ssh->resolvedHost(), m_ssh->resolvedUser(), outcome->hostKeyFingerprint));
    return true;
}

bool DeploymentRunner::resolveInstance(DeploymentOutcome* outcome, bool* created)
{
    // A provisional layout knows the state folder, which does not depend on the instance ID.
    m_layout.emplace(m_request.config, m_request.profile, QStringLiteral("INST-00000000000000"));
    m_layout->setRelease(m_releaseVersion, m_releaseSha256);
    m_layout->setTelegramApiBase(m_request.telegramApiBase.toString());
    const Remote remote = runScript(StepCatalog::script(QStringLiteral("instance")), false);
    if (!remote.ok) {
        outcome->error = remote.error.isEmpty() ? tail(remote.output, 5) : remote.error;
        outcome->sshErrorKind = remote.sshErrorKind;
        return false;
    }
    const QStringList existing = lastMarker(remote.output, QStringLiteral("instance")).split(u' ');
    QString instanceId;
    *created = existing.value(0) == QStringLiteral("none");
    if (!*created) {
        instanceId = existing.value(0);
        const QString domain = existing.value(1);
        if (domain != m_request.config.server.domain) {
            outcome->error =
                tr("this server already runs %1 instance %2 for %3, not %4 — deploy to another server, "
                   "or remove that instance first")
                    .arg(jsonName(m_request.config.mode), instanceId, domain, m_request.config.server.domain);
            return false;
        }
        log(tr("The server already has instance %1; it is brought up to date.").arg(instanceId));
    } else {
        const DeploymentJournal::Deployment previous = m_journal->deployment(m_deploymentId);
        instanceId = previous.instanceId.isEmpty() ? InstanceLayout::newInstanceId() : previous.instanceId;
    }
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    m_layout->setRelease(m_releaseVersion, m_releaseSha256);
    m_layout->setTelegramApiBase(m_request.telegramApiBase.toString());
    if (!m_request.acmeServer.isEmpty())
        m_layout->setAcmeServer(m_request.acmeServer);
    outcome->instanceId = instanceId;
    outcome->publicUrl = m_layout->publicUrl();
    return true;
}

bool DeploymentRunner::acquireLock(DeploymentOutcome* outcome)
{
    m_extraVariables = {{QStringLiteral("KKT_LOCK_ACTION"), QStringLiteral("acquire")},
                        {QStringLiteral("KKT_DEPLOYMENT_ID"), m_deploymentId},
                        {QStringLiteral("KKT_LOCK_OWNER"), m_request.owner},
                        {QStringLiteral("KKT_LOCK_SECONDS"), QString::number(m_request.lockSeconds)}};
    const Remote remote = runScript(StepCatalog::script(QStringLiteral("lock")), false);
    m_extraVariables.clear();
    const QString lock = lastMarker(remote.output, QStringLiteral("lock"));
    if (remote.ok && lock == QStringLiteral("acquired")) {
        m_lockHeld = true;
        return true;
    }
    outcome->status = DeploymentOutcome::Status::Locked;
    if (lock.startsWith(QStringLiteral("held "))) {
        const QStringList parts = lock.split(u' ');
        outcome->error = tr("another deployment is running on this server (by %1 since %2, lock expires %3); "
                            "wait for it to finish")
                             .arg(parts.value(1), parts.value(2), parts.value(3));
    } else {
        outcome->status = DeploymentOutcome::Status::Failed;
        outcome->error = remote.error.isEmpty() ? tail(remote.output, 5) : remote.error;
    }
    return false;
}

void DeploymentRunner::releaseLock()
{
    if (!m_lockHeld || !m_ssh || !m_ssh->isConnected())
        return;
    m_ssh->resetCancel();
    m_extraVariables = {{QStringLiteral("KKT_LOCK_ACTION"), QStringLiteral("release")},
                        {QStringLiteral("KKT_DEPLOYMENT_ID"), m_deploymentId}};
    runScript(StepCatalog::script(QStringLiteral("lock")), false);
    m_extraVariables.clear();
    m_lockHeld = false;
}

bool DeploymentRunner::uploadRelease(DeploymentOutcome* outcome)
{
    log(tr("Uploading %1 …").arg(m_request.archivePath));
    // The folder must exist before SFTP can write into it.
    const Remote mkdir =
        runScript(QStringLiteral("install -d -m 0755 -o \"$KKT_SERVICE_USER\" -g \"$KKT_SERVICE_USER\" "
                                 "\"$KKT_RELEASES_DIR\"\n"),
                  false);
    if (!mkdir.ok) {
        outcome->error = mkdir.error.isEmpty() ? tail(mkdir.output, 5) : mkdir.error;
        outcome->sshErrorKind = mkdir.sshErrorKind;
        return false;
    }
    SshSession::UploadOptions options;
    options.mode = 0600;
    options.verifySha256 = true;
    options.sudo = m_ssh->resolvedUser() != QStringLiteral("root");
    const auto connection =
        connect(m_ssh.get(), &SshSession::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0)
                emit progress(DeploymentPhases::start(DeploymentPhase::Release) +
                                  int((DeploymentPhases::end(DeploymentPhase::Release) -
                                       DeploymentPhases::start(DeploymentPhase::Release)) *
                                      sent / total / 2),
                              tr("Uploading the release"), -1);
        });
    const SshError error = m_ssh->upload(m_request.archivePath, m_layout->uploadPath(), options);
    disconnect(connection);
    if (!error.ok()) {
        outcome->error = redact(error.message);
        outcome->sshErrorKind = error.kind;
        return false;
    }
    return true;
}

bool DeploymentRunner::runTelegramStep(const ProvisioningStep& step, DeploymentOutcome* outcome)
{
    TelegramBotApi api;
    api.setBaseUrl(m_request.telegramApiBase);
    api.setToken(m_request.secrets.botToken);
    const TelegramResult me = waitFor(api.getMe(), m_cancel);
    if (!me.ok()) {
        outcome->error = tr("%1: the bot token does not work: %2").arg(step.title, me.message);
        return false;
    }
    outcome->botUsername = TelegramBotInfo::fromJson(me.result.toObject()).username;
    TelegramResult info = waitFor(api.getWebhookInfo(), m_cancel);
    if (!info.ok()) {
        outcome->error = tr("%1: %2").arg(step.title, info.message);
        return false;
    }
    QString url = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    const bool polling = m_request.profile.telegramMode == QStringLiteral("polling");
    if (polling && url.isEmpty()) {
        log(tr("@%1 has no webhook: long polling works.").arg(outcome->botUsername));
        m_lastStepChanged = false;
        return true;
    }
    if (polling) {
        // One poller per token: a webhook left by another installation would starve the bot.
        log(tr("Removing the webhook of @%1 so that the bot can poll.").arg(outcome->botUsername));
        const TelegramResult removed = waitFor(api.deleteWebhook(true), m_cancel);
        if (!removed.ok()) {
            outcome->error = tr("%1: %2").arg(step.title, removed.message);
            return false;
        }
    } else {
        const QUrl hook(m_layout->publicUrl() + QStringLiteral("/telegram/webhook"));
        if (url == hook.toString()) {
            m_lastStepChanged = false;
            return true;
        }
        const TelegramResult set =
            waitFor(api.setWebhook(hook, webhookSecret(),
                                   {QStringLiteral("message"), QStringLiteral("callback_query")}, true),
                    m_cancel);
        if (!set.ok()) {
            outcome->error = tr("%1: %2").arg(step.title, set.message);
            return false;
        }
    }
    info = waitFor(api.getWebhookInfo(), m_cancel);
    url = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    if (!info.ok() || (polling ? !url.isEmpty() : url.isEmpty())) {
        outcome->error = tr("%1: Telegram still reports the wrong webhook state").arg(step.title);
        return false;
    }
    m_lastStepChanged = true;
    return true;
}

QString DeploymentRunner::webhookSecret() const
{
    // Stable for one bot and instance without storing anything: a keyed hash, URL-safe.
    const QByteArray mac = QMessageAuthenticationCode::hash(
        m_layout->instanceId().toUtf8(), m_request.secrets.botToken.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .left(32);
}

bool DeploymentRunner::runStep(const ProvisioningStep& step, DeploymentOutcome* outcome)
{
    emit stepStarted(step.id, step.title);
    log(tr("▶ %1").arg(step.title));
    DeploymentJournal::Step record{step.id, QStringLiteral("running"), QDateTime::currentDateTimeUtc(), {}, 0,
                                   {}};
    m_journal->recordStep(m_deploymentId, record);
    QElapsedTimer timer;
    timer.start();

    bool ok = false;
    QString output;
    m_lastStepChanged = false;
    if (step.kind == ProvisioningStep::Kind::TelegramMode) {
        ok = runTelegramStep(step, outcome);
    } else {
        bool uploaded = true;
        if (step.kind == ProvisioningStep::Kind::ReleaseUpload) {
            const Remote probe = runScript(RemoteScript::probeAllBody({step}), false);
            if (!probe.ok ||
                lastMarker(probe.output, QStringLiteral("probe")).startsWith(QStringLiteral("done")))
                uploaded = probe.ok;
            else
                uploaded = uploadRelease(outcome);
            if (!probe.ok) {
                outcome->error = probe.error.isEmpty() ? tail(probe.output, 5) : probe.error;
                outcome->sshErrorKind = probe.sshErrorKind;
            }
        }
        if (uploaded) {
            const Remote remote = runScript(RemoteScript::stepBody(step), true);
            output = remote.output;
            ok = remote.ok && lastMarker(remote.output, QStringLiteral("stage")) == QStringLiteral("ok");
            m_lastStepChanged = lastMarker(remote.output, QStringLiteral("state")) != QStringLiteral("done");
            if (!ok) {
                const QString stage = lastMarker(remote.output, QStringLiteral("stage"));
                const QString detail = remote.error.isEmpty() ? tail(remote.output, 8) : remote.error;
                outcome->sshErrorKind = remote.sshErrorKind;
                outcome->error =
                    stage == QStringLiteral("verify")
                        ? tr("%1: the change was made but does not verify: %2").arg(step.title, detail)
                        : tr("%1 failed: %2").arg(step.title, detail);
            }
        }
    }

    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.durationMs = timer.elapsed();
    record.output = redact(output.right(64 * 1024));
    if (ok) {
        record.state = m_lastStepChanged ? QStringLiteral("changed") : QStringLiteral("unchanged");
        (m_lastStepChanged ? outcome->changedSteps : outcome->unchangedSteps) += 1;
    } else {
        record.state = QStringLiteral("failed");
        outcome->failedStep = step.id;
        if (m_cancel) {
            outcome->status = DeploymentOutcome::Status::Cancelled;
            outcome->error = tr("cancelled during “%1”").arg(step.title);
        }
        log(outcome->error);
    }
    m_journal->recordStep(m_deploymentId, record);
    emit stepFinished(step.id, record.state);
    return ok;
}

QList<HealthCheck> DeploymentRunner::clientHealthChecks()
{
    QList<HealthCheck> checks;
    const PayloadProfile& profile = m_request.profile;
    // The public URL is asked at the server's address with the domain as Host (over HTTPS also
    // the name sent and verified), so the check does not depend on DNS having caught up.
    QUrl base;
    HttpProbe::Headers headers;
    QString location = m_layout->kind().nginxLocation;
    if (location.endsWith(u'/'))
        location.chop(1);
    base.setScheme(m_request.config.web.tls == TlsMode::None ? QStringLiteral("http") : QStringLiteral("https"));
    base.setHost(m_ssh->resolvedHost());
    headers.append({QByteArrayLiteral("Host"), m_request.config.server.domain.toUtf8()});
    const auto url = [&](const QString& path) {
        QUrl u = base;
        u.setPath(location + path);
        return u;
    };

    HealthCheck health{QStringLiteral("public-health"),
                       tr("%1 answers on the public URL").arg(profile.healthPath),
                       false,
                       {}};
    const HttpProbe::Reply reply =
        HttpProbe::get(url(profile.healthPath), headers, healthTimeoutMs, &m_cancel);
    health.passed = reply.status == 200 && (profile.healthExpect.isEmpty() ||
                                            QString::fromUtf8(reply.body).contains(profile.healthExpect));
    if (!health.passed)
        health.detail = reply.status ? tr("HTTP %1").arg(reply.status) : reply.error;
    checks << health;

    if (!m_adminPassword.isEmpty() && !profile.loginPath.isEmpty()) {
        HealthCheck login{
            QStringLiteral("admin-login"), tr("The administrator can log in and use the API"), false, {}};
        const HttpProbe::Reply token =
            HttpProbe::postJson(url(profile.loginPath),
                                {{QStringLiteral("username"), profile.adminUsername},
                                 {QStringLiteral("password"), m_adminPassword}},
                                headers, healthTimeoutMs, &m_cancel);
        const QString accessToken = token.json().value(QStringLiteral("access_token")).toString();
        if (token.status != 200 || accessToken.isEmpty()) {
            login.detail = tr("login answered HTTP %1").arg(token.status);
        } else {
            HttpProbe::Headers authorized = headers;
            authorized.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()});
            const HttpProbe::Reply api =
                HttpProbe::get(url(profile.probePath), authorized, healthTimeoutMs, &m_cancel);
            login.passed = api.status == 200;
            if (!login.passed)
                login.detail = tr("%1 answered HTTP %2").arg(profile.probePath).arg(api.status);
        }
        checks << login;
    }

    if (m_request.secrets.botToken.isEmpty())
        return checks; // the token is not kept anywhere KKT Deploy could read it back from
    HealthCheck telegram{QStringLiteral("telegram"),
                         profile.telegramMode == QStringLiteral("polling")
                             ? tr("The bot answers and has no webhook (long polling)")
                             : tr("The bot answers and its webhook is set"),
                         false,
                         {}};
    TelegramBotApi api;
    api.setBaseUrl(m_request.telegramApiBase);
    api.setToken(m_request.secrets.botToken);
    const TelegramResult me = waitFor(api.getMe(), m_cancel);
    if (me.ok())
        m_botUsername = TelegramBotInfo::fromJson(me.result.toObject()).username;
    const TelegramResult info = me.ok() ? waitFor(api.getWebhookInfo(), m_cancel) : me;
    const QString hook = TelegramWebhookInfo::fromJson(info.result.toObject()).url;
    telegram.passed = me.ok() && info.ok() &&
                      (profile.telegramMode == QStringLiteral("polling") ? hook.isEmpty() : !hook.isEmpty());
    if (!telegram.passed)
        telegram.detail =
            info.ok() ? tr("webhook: %1").arg(hook.isEmpty() ? tr("none") : hook) : info.message;
    checks << telegram;
    return checks;
}

void DeploymentRunner::runHealthChecks(DeploymentOutcome* outcome)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("postgresql"), QT_TR_NOOP("PostgreSQL is running")},
        {QStringLiteral("web"), QT_TR_NOOP("The web service is running")},
        {QStringLiteral("bot"), QT_TR_NOOP("The bot service is running")},
        {QStringLiteral("nginx"), QT_TR_NOOP("nginx is running")},
        {QStringLiteral("local-health"), QT_TR_NOOP("/health answers on the server")},
        {QStringLiteral("database"), QT_TR_NOOP("The application's role can query its database")},
        {QStringLiteral("certificate"), QT_TR_NOOP("The TLS certificate is valid for at least a week")},
    };
    emit progress(DeploymentPhases::start(DeploymentPhase::Health), tr("Health checks"), -1);
    const Remote remote = runScript(StepCatalog::script(QStringLiteral("health")), false);
    for (const QString& line : remote.output.split(u'\n')) {
        if (!line.startsWith(QStringLiteral("::kkt-check ")))
            continue;
        const QStringList parts = line.mid(12).split(u' ');
        HealthCheck check{parts.value(0), tr(titles.value(parts.value(0), "")),
                          parts.value(1) == QStringLiteral("pass"), parts.mid(2).join(u' ')};
        outcome->health << check;
        emit healthChecked(check);
    }
    if (!remote.ok)
        outcome->health << HealthCheck{QStringLiteral("server"), tr("The server answers the health checks"),
                                       false, remote.error};
    for (const HealthCheck& check : clientHealthChecks()) {
        outcome->health << check;
        emit healthChecked(check);
    }
    for (const HealthCheck& check : std::as_const(outcome->health))
        log(QStringLiteral("%1 %2%3").arg(
            check.passed ? QStringLiteral("✔") : QStringLiteral("✘"), check.title,
            check.detail.isEmpty() ? QString() : QStringLiteral(" — ") + check.detail));
}

void DeploymentRunner::finish(DeploymentOutcome* outcome, const QString& status)
{
    outcome->deploymentId = m_deploymentId;
    outcome->elapsedMs = m_clock.elapsed();
    outcome->error = redact(outcome->error);
    releaseLock();
    if (m_journal && !m_deploymentId.isEmpty())
        m_journal->finishDeployment(m_deploymentId, status, outcome->error);
    if (m_ssh)
        m_ssh->disconnectFromHost();
}

void DeploymentRunner::recordInRegistry(DeploymentOutcome* outcome)
{
    if (!m_request.recordInRegistry || outcome->instanceId.isEmpty())
        return;
    emit progress(DeploymentPhases::start(DeploymentPhase::Registry), tr("Registry"), 0);
    outcome->deploymentId = m_deploymentId;
    DeploymentRecorder recorder(m_request.registry, m_request.outboxPath);
    const DeploymentRecorder::Result result =
        recorder.record(m_request, *outcome, m_startedAt, m_log.join(u'\n'));
    log(result.message);
}

DeploymentOutcome DeploymentRunner::deploy()
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    DeploymentOutcome outcome;
    outcome.adminEmail = m_request.config.admin.email;
    outcome.adminUsername = m_request.profile.adminUsername;
    QString error;
    m_steps = StepCatalog::steps(m_request.config, &error);
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (m_steps.isEmpty() || !m_journal->open(&error)) {
        outcome.error = error;
        return outcome;
    }
    QStringList verified;
    if (!m_request.resumeId.isEmpty()) {
        const DeploymentJournal::Deployment previous = m_journal->deployment(m_request.resumeId);
        if (previous.id.isEmpty()) {
            outcome.error = tr("there is no deployment %1 in the journal %2 to resume")
                                .arg(m_request.resumeId, DeploymentJournal::defaultPath());
            return outcome;
        }
        m_deploymentId = previous.id;
        verified = m_journal->verifiedSteps(m_deploymentId);
        log(tr("Resuming deployment %1: %n step(s) already verified.", nullptr, int(verified.size()))
                .arg(m_deploymentId));
    } else {
        m_deploymentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    outcome.deploymentId = m_deploymentId;
    log(tr("Deployment %1 — if it is interrupted, continue it with --resume %1 or from the Deploy tab.")
            .arg(m_deploymentId));

    if (!prepareRelease(&outcome) || !connectToServer(&outcome)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    bool created = false;
    if (!resolveInstance(&outcome, &created)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    const DeploymentJournal::Deployment previous = m_journal->deployment(m_deploymentId);
    const bool createdByThisDeployment = created || previous.createdInstance;
    outcome.createdInstance = createdByThisDeployment;
    m_journal->startDeployment(
        {m_deploymentId,
         outcome.instanceId,
         QString::fromUtf8(QJsonDocument(m_request.config.toJson()).toJson(QJsonDocument::Compact)),
         m_request.config.server.host,
         createdByThisDeployment,
         {},
         {},
         {},
         {}});
    m_journal->setInstance(m_deploymentId, outcome.instanceId, createdByThisDeployment);
    if (!acquireLock(&outcome)) {
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }

    // The administrator's password: set once, by the deployment that creates the instance.
    if (createdByThisDeployment) {
        m_adminPassword =
            m_request.config.admin.passwordMode == PasswordMode::Typed
                ? m_request.secrets.adminPassword
                : (m_request.secrets.adminPassword.isEmpty() ? PasswordGenerator::adminPassword()
                                                             : m_request.secrets.adminPassword);
        m_redactor.addSecret(m_adminPassword);
        // A resumed deployment may have lost the password it generated before: set it again.
        m_forceAdmin = !m_request.resumeId.isEmpty();
        outcome.adminPassword = m_adminPassword;
    } else {
        log(tr("The administrator's password stays as it was set when the instance was created."));
    }

    outcome.status = DeploymentOutcome::Status::Failed;
    for (int i = 0; i < m_steps.size(); ++i) {
        const ProvisioningStep& step = m_steps.at(i);
        reportProgress(i, int(m_steps.size()), step.title);
        if (m_cancel) {
            outcome.status = DeploymentOutcome::Status::Cancelled;
            outcome.error = tr("cancelled before “%1”").arg(step.title);
            finish(&outcome, QStringLiteral("cancelled"));
            return outcome;
        }
        if (verified.contains(step.id) && !(step.id == QStringLiteral("app.admin") && m_forceAdmin)) {
            log(tr("✔ %1 (verified earlier)").arg(step.title));
            continue;
        }
        if (!runStep(step, &outcome)) {
            if (outcome.status != DeploymentOutcome::Status::Cancelled)
                outcome.status = DeploymentOutcome::Status::Failed;
            recordInRegistry(&outcome);
            finish(&outcome, outcome.status == DeploymentOutcome::Status::Cancelled
                                 ? QStringLiteral("cancelled")
                                 : QStringLiteral("failed"));
            return outcome;
        }
    }
    reportProgress(int(m_steps.size()), int(m_steps.size()), tr("Health checks"));
    runHealthChecks(&outcome);
    const bool healthy = std::all_of(outcome.health.cbegin(), outcome.health.cend(),
                                     [](const HealthCheck& c) { return c.passed; });
    if (!healthy) {
        outcome.status = DeploymentOutcome::Status::HealthFailed;
        for (const HealthCheck& c : std::as_const(outcome.health)) {
            if (!c.passed) {
                outcome.error = tr("health check failed: %1 — %2").arg(c.title, c.detail);
                break;
            }
        }
        recordInRegistry(&outcome);
        finish(&outcome, QStringLiteral("failed"));
        return outcome;
    }
    if (outcome.botUsername.isEmpty())
        outcome.botUsername = m_botUsername;
    outcome.status = DeploymentOutcome::Status::Succeeded;
    recordInRegistry(&outcome);
    finish(&outcome, QStringLiteral("succeeded"));
    emit progress(100, tr("Done"), 0);
    return outcome;
}

QList<PlanItem> DeploymentRunner::plan(QString* error)
{
    QList<PlanItem> items;
    DeploymentOutcome outcome;
    m_steps = StepCatalog::steps(m_request.config, error);
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (m_steps.isEmpty() || !m_journal->open(error))
        return items;
    bool created = false;
    if (!prepareRelease(&outcome) || !connectToServer(&outcome) || !resolveInstance(&outcome, &created)) {
        *error = outcome.error;
        m_planStatus = outcome.status;
        m_planSshError = outcome.sshErrorKind;
        return items;
    }
    const Remote remote = runScript(RemoteScript::probeAllBody(m_steps), true);
    m_ssh->disconnectFromHost();
    if (!remote.ok) {
        *error = remote.error.isEmpty() ? tail(remote.output, 5) : remote.error;
        return items;
    }
    QMap<QString, QString> probes;
    QString current;
    for (const QString& line : remote.output.split(u'\n')) {
        if (line.startsWith(QStringLiteral("::kkt-step ")))
            current = line.mid(11).trimmed();
        else if (line.startsWith(QStringLiteral("::kkt-probe ")))
            probes.insert(current, line.mid(12).trimmed());
    }
    for (const ProvisioningStep& step : std::as_const(m_steps)) {
        PlanItem item{step.id, step.title, PlanItem::State::Unknown, {}};
        if (step.kind == ProvisioningStep::Kind::TelegramMode) {
            item.reason = tr("checked with Telegram when the step runs");
        } else {
            const QString probe = probes.value(step.id);
            const QString state = probe.section(u' ', 0, 0);
            item.reason = probe.section(u' ', 1);
            item.state = state == QStringLiteral("done")     ? PlanItem::State::Done
                         : state == QStringLiteral("change") ? PlanItem::State::WillChange
                                                             : PlanItem::State::Unknown;
        }
        items << item;
    }
    return items;
}

DeploymentOutcome DeploymentRunner::rollBack(const QString& deploymentId)
{
    m_clock.start();
    DeploymentOutcome outcome;
    QString error;
    m_journal = std::make_unique<DeploymentJournal>(m_journalPath);
    if (!m_journal->open(&error)) {
        outcome.error = error;
        return outcome;
    }
    const DeploymentJournal::Deployment d = m_journal->deployment(deploymentId);
    if (d.id.isEmpty() || !d.createdInstance || d.instanceId.isEmpty()) {
        outcome.error = d.id.isEmpty()
                            ? tr("there is no deployment %1 in the journal").arg(deploymentId)
                            : tr("deployment %1 did not create instance %2, so rolling it back would "
                                 "remove something it did not make; nothing was changed")
                                  .arg(deploymentId, d.instanceId);
        return outcome;
    }
    m_deploymentId = deploymentId;
    if (!connectToServer(&outcome)) {
        outcome.deploymentId = deploymentId;
        return outcome;
    }
    m_layout.emplace(m_request.config, m_request.profile, d.instanceId);
    outcome.instanceId = d.instanceId;
    if (!acquireLock(&outcome)) {
        finish(&outcome, d.status);
        return outcome;
    }
    log(tr("Rolling back deployment %1: removing instance %2 …").arg(deploymentId, d.instanceId));
    const Remote remote = runScript(StepCatalog::script(QStringLiteral("rollback")), false);
    if (!remote.ok) {
        outcome.status = DeploymentOutcome::Status::Failed;
        outcome.error = remote.error.isEmpty() ? tail(remote.output, 5) : remote.error;
        finish(&outcome, d.status);
        return outcome;
    }
    outcome.status = DeploymentOutcome::Status::Succeeded;
    finish(&outcome, QStringLiteral("rolled-back"));
    return outcome;
}

DeploymentOutcome DeploymentRunner::checkHealth(const QString& instanceId)
{
    m_clock.start();
    DeploymentOutcome outcome;
    outcome.instanceId = instanceId;
    if (!connectToServer(&outcome))
        return outcome;
    m_layout.emplace(m_request.config, m_request.profile, instanceId);
    m_layout->setTelegramApiBase(m_request.telegramApiBase.toString());
    runHealthChecks(&outcome);
    m_ssh->disconnectFromHost();
    const bool healthy = std::all_of(outcome.health.cbegin(), outcome.health.cend(),
                                     [](const HealthCheck& c) { return c.passed; });
    outcome.status = healthy ? DeploymentOutcome::Status::Succeeded : DeploymentOutcome::Status::HealthFailed;
    outcome.elapsedMs = m_clock.elapsed();
    return outcome;
}
