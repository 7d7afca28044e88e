#include "InstanceLayout.h"

#include "TextTemplate.h"

#include <QFile>

namespace {

QString joined(const auto& list, const QString& separator)
{
    QStringList parts;
    for (auto v : list)
        parts << QString::number(v);
    return parts.join(separator);
}

} // namespace

InstanceLayout::InstanceLayout(const DeploymentConfig& config, const PayloadProfile& profile,
                               const QString& instanceId)
    : m_config(config)
    , m_profile(profile)
    , m_instanceId(instanceId)
{}

QString InstanceLayout::newInstanceId(const QDateTime& when)
{
    return QStringLiteral("INST-") + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

void InstanceLayout::setRelease(const QString& version, const QString& sha256)
{
    m_version = version;
    m_sha256 = sha256;
}

const InstanceKind& InstanceLayout::kind() const
{
    return m_config.mode == DeploymentMode::Test ? m_profile.test : m_profile.production;
}

QString InstanceLayout::instanceNumber() const
{
    QString digits = m_instanceId;
    digits.remove(QStringLiteral("INST-"));
    return digits.toLower();
}

QString InstanceLayout::stateDir() const
{
    return QStringLiteral("/var/lib/kkt-deploy/") + jsonName(m_config.mode);
}

QString InstanceLayout::uploadPath() const
{
    return releasesDir() + QStringLiteral("/.incoming-") + m_version + QStringLiteral(".tar.gz");
}

QString InstanceLayout::database() const
{
    QString ignored;
    return TextTemplate::render(kind().database, {{QStringLiteral("instanceNumber"), instanceNumber()}},
                                &ignored);
}

QString InstanceLayout::nginxSite() const
{
    QString ignored;
    return TextTemplate::render(kind().nginxSite, {{QStringLiteral("instanceNumber"), instanceNumber()}},
                                &ignored);
}

QString InstanceLayout::backupUnit() const
{
    return QStringLiteral("kkt-backup-") + jsonName(m_config.mode);
}

bool InstanceLayout::servedUnderPath() const
{
    return m_config.mode == DeploymentMode::Test && m_config.testWeb == TestWebMode::Path;
}

QString InstanceLayout::domain() const
{
    if (m_config.mode == DeploymentMode::Test && m_config.testWeb == TestWebMode::Subdomain)
        return QStringLiteral("test.") + m_config.server.domain;
    return m_config.server.domain;
}

QString InstanceLayout::location() const
{
    if (m_config.mode == DeploymentMode::Test && m_config.testWeb == TestWebMode::Subdomain)
        return QStringLiteral("/");
    return kind().nginxLocation;
}

QString InstanceLayout::logPrefix() const
{
    return m_config.mode == DeploymentMode::Test ? QStringLiteral("TEST ") : QString();
}

QString InstanceLayout::tlsCertificatePath() const
{
    if (m_config.web.tls == TlsMode::LetsEncrypt)
        return QStringLiteral("/etc/letsencrypt/live/") + domain() + QStringLiteral("/fullchain.pem");
    return QStringLiteral("/etc/kkt-deploy/tls/") + nginxSite() + QStringLiteral("/fullchain.pem");
}

QString InstanceLayout::tlsKeyPath() const
{
    if (m_config.web.tls == TlsMode::LetsEncrypt)
        return QStringLiteral("/etc/letsencrypt/live/") + domain() + QStringLiteral("/privkey.pem");
    return QStringLiteral("/etc/kkt-deploy/tls/") + nginxSite() + QStringLiteral("/privkey.pem");
}

QString InstanceLayout::publicUrl() const
{
    const QString scheme =
        m_config.web.tls == TlsMode::None ? QStringLiteral("http") : QStringLiteral("https");
    return scheme + QStringLiteral("://") + domain() + publicUrlPath();
}

QString InstanceLayout::publicUrlPath() const
{
    QString path = location();
    if (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QMap<QString, QString> InstanceLayout::values() const
{
    return {
        {QStringLiteral("instanceId"), m_instanceId},
        {QStringLiteral("instanceNumber"), instanceNumber()},
        {QStringLiteral("appDir"), appDir()},
        {QStringLiteral("sharedDir"), sharedDir()},
        {QStringLiteral("backupDir"), backupDir()},
        {QStringLiteral("current"), current()},
        {QStringLiteral("envFile"), envFile()},
        {QStringLiteral("deployDir"), deployDir()},
        {QStringLiteral("serviceUser"), m_profile.serviceUser},
        {QStringLiteral("database"), database()},
        {QStringLiteral("databaseRole"), database()},
        {QStringLiteral("webPort"), QString::number(webPort())},
        {QStringLiteral("domain"), domain()},
        {QStringLiteral("location"), location()},
        {QStringLiteral("forwardedPrefix"), servedUnderPath() ? publicUrlPath() : QString()},
        {QStringLiteral("sharedLocations"), sharedLocationsDir()},
        {QStringLiteral("acmeWebroot"), acmeWebroot()},
        {QStringLiteral("publicUrl"), publicUrl()},
        // An origin has no path: a test instance under /test/ shares production's.
        {QStringLiteral("publicOrigin"), publicUrl().chopped(publicUrlPath().size())},
        {QStringLiteral("adminIds"), joined(m_config.telegram.adminIds, QStringLiteral(","))},
        {QStringLiteral("notificationTime"), m_config.settings.notificationTime},
        {QStringLiteral("timezone"), m_config.settings.timezone},
        {QStringLiteral("alertDays"), joined(m_config.settings.alertDays, QStringLiteral(","))},
        {QStringLiteral("backupTime"), m_config.settings.backupTime},
        {QStringLiteral("retentionDays"), QString::number(m_config.settings.backupRetentionDays)},
        {QStringLiteral("botApiUser"), m_profile.botApiUser},
        {QStringLiteral("telegramApiBase"), m_telegramApiBase},
        {QStringLiteral("version"), m_version},
    };
}

QString InstanceLayout::renderTemplate(const QString& name, QMap<QString, QString> extra,
                                       QString* error) const
{
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in template “%1” is missing").arg(name);
        return {};
    }
    QMap<QString, QString> all = values();
    all.insert(extra);
    return TextTemplate::render(QString::fromUtf8(file.readAll()), all, error);
}

QString InstanceLayout::renderEnv(const QString& botToken, QString* error) const
{
    QMap<QString, QString> all = values();
    all.insert(QStringLiteral("botToken"), botToken);
    return TextTemplate::render(m_profile.env.join(u'\n'), all, error);
}

QList<QPair<QString, QString>> InstanceLayout::scriptVariables(const QMap<QString, QString>& secrets,
                                                               QString* error) const
{
    const QMap<QString, QString> v = values();
    auto render = [&](const QString& text) {
        return TextTemplate::render(text, v, error);
    };
    QStringList serverSecrets;
    for (auto it = m_profile.serverSecrets.begin(); it != m_profile.serverSecrets.end(); ++it)
        serverSecrets << it.key() + u':' + QString::number(it.value());

    // The site without TLS (all a first run can serve before it has a certificate), and with
    // it: port 80 then only answers ACME challenges and redirects to HTTPS.
    QString proxy = renderTemplate(QStringLiteral("nginx-location.conf"), {}, error);
    const QString testLocation = proxy;
    if (m_config.mode == DeploymentMode::Production)
        proxy += renderTemplate(QStringLiteral("nginx-shared-locations.conf"), {}, error);
    const QString nginx = renderTemplate(
        QStringLiteral("nginx-site.conf"),
        {{QStringLiteral("httpBody"), proxy}, {QStringLiteral("tlsServer"), QString()}}, error);
    QString nginxTls;
    if (m_config.web.tls != TlsMode::None) {
        const QString tlsServer = renderTemplate(QStringLiteral("nginx-tls-server.conf"),
                                                 {{QStringLiteral("certificate"), tlsCertificatePath()},
                                                  {QStringLiteral("privateKey"), tlsKeyPath()},
                                                  {QStringLiteral("proxyLocation"), proxy}},
                                                 error);
        nginxTls = renderTemplate(
            QStringLiteral("nginx-site.conf"),
            {{QStringLiteral("httpBody"),
              QStringLiteral("    location / {\n        return 301 https://$host$request_uri;\n    }\n")},
             {QStringLiteral("tlsServer"), tlsServer}},
            error);
    }

    QList<QPair<QString, QString>> vars{
        {QStringLiteral("KKT_INSTANCE_ID"), m_instanceId},
        {QStringLiteral("KKT_MODE"), jsonName(m_config.mode)},
        {QStringLiteral("KKT_DOMAIN"), domain()},
        {QStringLiteral("KKT_PUBLIC_URL"), publicUrl()},
        {QStringLiteral("KKT_TEST_WEB"),
         m_config.mode == DeploymentMode::Test ? jsonName(m_config.testWeb) : QString()},
        {QStringLiteral("KKT_NGINX_LOCATIONS_DIR"), sharedLocationsDir()},
        {QStringLiteral("KKT_NGINX_INCLUDE_FILE"), includeFile()},
        {QStringLiteral("KKT_NGINX_INCLUDE"), servedUnderPath() ? testLocation : QString()},
        {QStringLiteral("KKT_PRODUCTION_STATE_DIR"), QStringLiteral("/var/lib/kkt-deploy/production")},
        {QStringLiteral("KKT_SSH_PORT"), QString::number(m_config.server.port)},
        {QStringLiteral("KKT_APT_PACKAGES"), m_profile.aptPackages.join(u' ')},
        {QStringLiteral("KKT_SERVICE_USER"), m_profile.serviceUser},
        {QStringLiteral("KKT_APP_DIR"), appDir()},
        {QStringLiteral("KKT_RELEASES_DIR"), releasesDir()},
        {QStringLiteral("KKT_RELEASE_DIR"), releaseDir()},
        {QStringLiteral("KKT_SHARED_DIR"), sharedDir()},
        {QStringLiteral("KKT_CURRENT"), current()},
        {QStringLiteral("KKT_ENV_FILE"), envFile()},
        {QStringLiteral("KKT_DEPLOY_DIR"), deployDir()},
        {QStringLiteral("KKT_STATE_DIR"), stateDir()},
        {QStringLiteral("KKT_VERSION"), m_version},
        {QStringLiteral("KKT_RELEASE_SHA256"), m_sha256},
        {QStringLiteral("KKT_UPLOAD_PATH"), uploadPath()},
        {QStringLiteral("KKT_DB_NAME"), database()},
        {QStringLiteral("KKT_DB_ROLE"), database()},
        {QStringLiteral("KKT_WEB_PORT"), QString::number(webPort())},
        {QStringLiteral("KKT_WEB_SERVICE"), webService()},
        {QStringLiteral("KKT_BOT_SERVICE"), botService()},
        {QStringLiteral("KKT_PYTHON"), m_profile.pythonInterpreter},
        {QStringLiteral("KKT_VENV_SYSTEM_SITE"),
         m_profile.venvSystemSitePackages ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("KKT_PIP_REQUIREMENTS"), m_profile.requirementFiles.join(u' ')},
        {QStringLiteral("KKT_PIP_EXTRA"), m_profile.pipExtraPackages.join(u' ')},
        {QStringLiteral("KKT_SERVER_SECRETS"), serverSecrets.join(u' ')},
        {QStringLiteral("KKT_SCHEMA_COMMANDS"), render(m_profile.schemaCommands.join(u'\n'))},
        {QStringLiteral("KKT_SCHEMA_CHECK"), render(m_profile.schemaCheck)},
        {QStringLiteral("KKT_USERS_CHECK"), render(m_profile.usersCheck)},
        {QStringLiteral("KKT_CREATE_USER"), render(m_profile.createUserCommand)},
        {QStringLiteral("KKT_BOT_API_USER"), m_profile.botApiUser},
        {QStringLiteral("KKT_BOT_API_EMAIL"), m_profile.botApiUser + u'@' + m_config.server.domain},
        {QStringLiteral("KKT_HEALTH_PATH"), m_profile.healthPath},
        {QStringLiteral("KKT_NGINX_SITE_NAME"), nginxSite()},
        {QStringLiteral("KKT_NGINX_LOCATION"), location()},
        {QStringLiteral("KKT_NGINX_SITE"), nginx},
        {QStringLiteral("KKT_NGINX_SITE_TLS"), nginxTls},
        {QStringLiteral("KKT_TLS_MODE"), jsonName(m_config.web.tls)},
        {QStringLiteral("KKT_TLS_CERT"), tlsCertificatePath()},
        {QStringLiteral("KKT_TLS_KEY"), tlsKeyPath()},
        {QStringLiteral("KKT_TLS_EMAIL"), m_config.admin.email},
        {QStringLiteral("KKT_ACME_SERVER"), m_acmeServer},
        {QStringLiteral("KKT_ACME_WEBROOT"), acmeWebroot()},
        {QStringLiteral("KKT_BACKUP_UNIT"), backupUnit()},
        {QStringLiteral("KKT_BACKUP_DIR"), backupDir()},
        {QStringLiteral("KKT_BACKUP_NAME"), m_restoreBackup},
        {QStringLiteral("KKT_BACKUP_TIME"), m_config.settings.backupTime},
        {QStringLiteral("KKT_BACKUP_SCRIPT"), renderTemplate(QStringLiteral("backup.sh"), {}, error)},
        {QStringLiteral("KKT_BACKUP_SERVICE"), renderTemplate(QStringLiteral("backup.service"), {}, error)},
        {QStringLiteral("KKT_BACKUP_TIMER"), renderTemplate(QStringLiteral("backup.timer"), {}, error)},
        {QStringLiteral("KKT_WEB_UNIT"),
         renderTemplate(QStringLiteral("app.service"),
                        {{QStringLiteral("description"), m_profile.webDescription},
                         {QStringLiteral("exec"), render(m_profile.webExec)}},
                        error)},
        {QStringLiteral("KKT_BOT_UNIT"),
         renderTemplate(QStringLiteral("app.service"),
                        {{QStringLiteral("description"), m_profile.botDescription},
                         {QStringLiteral("exec"), render(m_profile.botExec)}},
                        error)},
    };
    for (auto it = m_profile.scripts.begin(); it != m_profile.scripts.end(); ++it)
        vars.append(
            {QStringLiteral("KKT_SCRIPT_") + QString(it.key()).replace(u'.', u'_').toUpper(), it.value()});
    QStringList scriptNames = m_profile.scripts.keys();
    vars.append({QStringLiteral("KKT_SCRIPT_NAMES"), scriptNames.join(u' ')});
    vars += m_runVariables;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        vars.append({it.key(), it.value()});
    return vars;
}
