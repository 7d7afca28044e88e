#pragma once

#include "PayloadProfile.h"
#include "core/DeploymentConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>

// Every name and place of one instance on its server — database, role, port, folders, services,
// nginx site, files rendered from templates — derived from the configuration and the profile.
class InstanceLayout
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLayout)

public:
    // `instanceId` is INST-yyyyMMddHHmmss; `version` and `releaseSha256` describe the release.
    InstanceLayout(const DeploymentConfig& config, const PayloadProfile& profile, const QString& instanceId);

    static QString newInstanceId(const QDateTime& when = QDateTime::currentDateTimeUtc());

    void setRelease(const QString& version, const QString& sha256);
    void setTelegramApiBase(const QString& baseUrl) { m_telegramApiBase = baseUrl; }
    // The backup the restore steps put back (KKT_BACKUP_NAME).
    void setRestoreBackup(const QString& name) { m_restoreBackup = name; }
    // The ACME directory certbot asks (Let's Encrypt's production one unless set).
    void setAcmeServer(const QString& directoryUrl) { m_acmeServer = directoryUrl; }
    // Further KKT_* variables of a run that is not a deployment (an update's id, versions, …);
    // never secrets: they also reach the steps that finish on the server (#! interruption: finish).
    void setRunVariables(const QList<QPair<QString, QString>>& variables) { m_runVariables = variables; }

    const InstanceKind& kind() const;
    QString instanceId() const { return m_instanceId; }
    QString instanceNumber() const;
    QString appDir() const { return kind().appDir; }
    QString releasesDir() const { return appDir() + QStringLiteral("/releases"); }
    QString releaseDir() const { return releasesDir() + u'/' + m_version; }
    QString sharedDir() const { return appDir() + QStringLiteral("/shared"); }
    QString current() const { return appDir() + QStringLiteral("/current"); }
    QString envFile() const { return sharedDir() + QStringLiteral("/.env"); }
    QString deployDir() const { return sharedDir() + QStringLiteral("/deploy"); }
    QString stateDir() const;
    QString uploadPath() const;
    QString database() const;
    QString webService() const { return kind().webService; }
    QString botService() const { return kind().botService; }
    int webPort() const { return kind().webPort; }
    QString nginxSite() const;
    QString backupUnit() const;
    // Where backup.sh keeps NAME.sql.gz and NAME.env.
    QString backupDir() const { return sharedDir() + QStringLiteral("/backups/database"); }
    QString publicUrl() const;
    // The name the instance is served under: the configured domain, or test.<domain> for a test
    // instance in subdomain mode; and its path there ("/" or the profile's "/test/").
    QString domain() const;
    QString location() const;
    // A test instance under production's site: a location in an include file it owns, never a
    // server block (or certificate) of its own.
    bool servedUnderPath() const;
    // The folder of location files production's server blocks include (owned by other instances).
    static QString sharedLocationsDir() { return QStringLiteral("/etc/nginx/kkt-deploy/locations"); }
    QString includeFile() const
    {
        return sharedLocationsDir() + u'/' + nginxSite() + QStringLiteral(".conf");
    }
    // "TEST " for a test instance, for the run's log lines; empty in production.
    QString logPrefix() const;
    // The location without its trailing slash ("" or "/test").
    QString publicUrlPath() const;
    // Where nginx reads the certificate and key on the server: certbot's live folder, or the
    // folder the existing certificate is uploaded to (key 0600).
    QString tlsCertificatePath() const;
    QString tlsKeyPath() const;
    QString acmeWebroot() const { return QStringLiteral("/var/www/kkt-acme"); }
    static QString letsEncryptDirectory()
    {
        return QStringLiteral("https://acme-v02.api.letsencrypt.org/directory");
    }
    QString version() const { return m_version; }

    // Values for {placeholders} in profile lines and templates.
    QMap<QString, QString> values() const;
    // KKT_* variables for remote scripts. Secrets are included only in `withSecrets`; the
    // script travels over SSH standard input, never a command line.
    QList<QPair<QString, QString>> scriptVariables(const QMap<QString, QString>& secrets,
                                                   QString* error) const;

    // Files rendered from resources/templates and the profile.
    QString renderEnv(const QString& botToken, QString* error) const;
    QString renderTemplate(const QString& name, QMap<QString, QString> extra, QString* error) const;

private:
    DeploymentConfig m_config;
    PayloadProfile m_profile;
    QString m_instanceId;
    QString m_version;
    QString m_sha256;
    QString m_telegramApiBase = QStringLiteral("https://api.telegram.org");
    QString m_acmeServer = letsEncryptDirectory();
    QString m_restoreBackup;
    QList<QPair<QString, QString>> m_runVariables;
};
