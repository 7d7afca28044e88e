#include "ReviewSummary.h"

#include "core/FieldRules.h"
#include "provisioning/PayloadProfile.h"

#include <QStringList>

namespace {

// An HTML table of label/value rows; values are user data and always escaped.
class Summary
{
public:
    void add(const QString& label, const QString& value)
    {
        m_rows << QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td><b>%2</b></td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    // A value the operator must not overlook, in the error colour.
    void warn(const QString& label, const QString& value)
    {
        m_rows << QStringLiteral(
                      "<tr><td style=\"padding-right:12px\">%1</td><td><b style=\"color:#b00020\">%2</b>"
                      "</td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString html() const { return QStringLiteral("<table>%1</table>").arg(m_rows.join(QString())); }

private:
    QStringList m_rows;
};

template <typename Number>
QString joined(const QList<Number>& numbers)
{
    QStringList texts;
    for (Number n : numbers)
        texts << QString::number(n);
    return texts.join(QStringLiteral(", "));
}

} // namespace

QString ReviewSummary::mode(const DeploymentConfig& c)
{
    Summary mode;
    mode.add(tr("Kind:"),
             c.mode == DeploymentMode::Production ? tr("Production deployment") : tr("Test deployment"));
    if (c.mode == DeploymentMode::Test) {
        // Where a test instance goes, from the payload profile the deployment will use.
        QString error;
        const PayloadProfile profile = PayloadProfile::forConfig(c.profile, &error);
        if (!error.isEmpty()) {
            mode.add(tr("Test instance:"), tr("unknown — the payload profile cannot be read: %1").arg(error));
        } else {
            mode.add(tr("Test folder:"), profile.test.appDir);
            mode.add(tr("Test web port:"), QString::number(profile.test.webPort));
            mode.add(tr("Test database:"), profile.test.database);
            const QString domain = FieldRules::displayDomain(c.server.domain);
            mode.add(tr("Test address:"),
                     c.testWeb == TestWebMode::Path
                         ? tr("%1%2 — a location in production’s site (its certificate; production’s site "
                              "itself is not written)")
                               .arg(domain, profile.test.nginxLocation)
                         : tr("test.%1 — a site and certificate of its own").arg(domain));
            mode.add(tr("Production:"), tr("checked before and after; the deployment fails if anything of "
                                           "production changed"));
        }
    }
    return mode.html();
}

QString ReviewSummary::server(const DeploymentConfig& c, const DeploymentSecrets& s, bool tested,
                              bool skipped)
{
    const QString set = tr("set");
    const QString notSet = tr("not set");
    Summary server;
    server.add(tr("Host:"), c.server.host);
    server.add(tr("SSH port:"), QString::number(c.server.port));
    server.add(tr("User:"), c.server.user);
    switch (c.server.auth) {
    case SshAuth::Agent:
        server.add(tr("Login method:"), tr("ssh-agent"));
        break;
    case SshAuth::Key:
        server.add(tr("Login method:"), tr("private key file"));
        server.add(tr("Key file:"), c.server.identityFile);
        server.add(tr("Key passphrase:"), s.keyPassphrase.isEmpty() ? notSet : set);
        break;
    case SshAuth::Password:
        server.add(tr("Login method:"), tr("password"));
        server.add(tr("SSH password:"), s.sshPassword.isEmpty() ? notSet : set);
        break;
    }
    server.add(tr("Domain:"), FieldRules::displayDomain(c.server.domain));
    if (tested)
        server.add(tr("Connection test:"), tr("passed"));
    else if (skipped)
        server.add(tr("Connection test:"),
                   tr("⚠ NOT PASSED — you chose to continue without a successful test; "
                      "the deployment may fail on this server"));
    return server.html();
}

QString ReviewSummary::admin(const DeploymentConfig& c, const DeploymentSecrets& s)
{
    const QString set = tr("set");
    const QString notSet = tr("not set");
    Summary admin;
    admin.add(tr("Full name:"), c.admin.fullName);
    admin.add(tr("Email:"), c.admin.email);
    admin.add(tr("Phone:"), c.admin.phone);
    admin.add(tr("Company:"), c.admin.company);
    admin.add(tr("Password:"), c.admin.passwordMode == PasswordMode::Generate
                                   ? tr("generated, shown once when the deployment completes")
                                   : tr("typed, %1").arg(s.adminPassword.isEmpty() ? notSet : set));
    return admin.html();
}

QString ReviewSummary::bot(const DeploymentSecrets& s)
{
    Summary bot;
    bot.add(tr("Bot token:"), s.botToken.isEmpty() ? tr("not set") : tr("set"));
    return bot.html();
}

QString ReviewSummary::adminIds(const DeploymentConfig& c)
{
    Summary adminIds;
    adminIds.add(tr("Telegram IDs:"), joined(c.telegram.adminIds));
    return adminIds.html();
}

QString ReviewSummary::settings(const DeploymentConfig& c)
{
    Summary settings;
    settings.add(tr("Notifications at:"), c.settings.notificationTime);
    settings.add(tr("Time zone:"), c.settings.timezone);
    settings.add(tr("Alert days before a deadline:"), joined(c.settings.alertDays));
    settings.add(tr("Backup at:"), c.settings.backupTime);
    settings.add(tr("Keep backups, days:"), QString::number(c.settings.backupRetentionDays));
    switch (c.release.source) {
    case ReleaseSource::Latest:
        settings.add(tr("Release:"), tr("the latest release"));
        break;
    case ReleaseSource::Tag:
        settings.add(tr("Release:"), tr("tag %1").arg(c.release.tag));
        break;
    case ReleaseSource::File:
        settings.add(tr("Release:"), tr("local file %1").arg(c.release.path));
        settings.add(tr("Checksums:"), c.release.checksums);
        break;
    }
    return settings.html();
}

QString ReviewSummary::web(const DeploymentConfig& c)
{
    Summary web;
    switch (c.web.tls) {
    case TlsMode::LetsEncrypt:
        web.add(tr("HTTPS:"),
                tr("a Let’s Encrypt certificate for %1").arg(FieldRules::displayDomain(c.server.domain)));
        break;
    case TlsMode::Existing:
        web.add(tr("HTTPS:"), tr("an existing certificate from this computer, uploaded to the server"));
        web.add(tr("Certificate file:"), c.web.certificateFile);
        web.add(tr("Private key file:"), c.web.keyFile);
        break;
    case TlsMode::None:
        web.warn(tr("HTTPS:"),
                 tr("⚠ none — the site is served over plain HTTP: logins and passwords travel unencrypted"));
        if (c.mode == DeploymentMode::Production)
            web.warn(tr("Plain HTTP:"), c.web.acceptNoTls
                                            ? tr("acknowledged for this production site")
                                            : tr("NOT acknowledged — go to Edit and confirm it"));
        break;
    }
    web.add(tr("Firewall:"), c.firewall == FirewallMode::Manage
                                 ? tr("managed: ufw allows SSH port %1, 80 and 443").arg(c.server.port)
                                 : tr("left as it is on the server"));
    web.add(tr("Payload profile:"), c.profile.isEmpty() ? tr("built in (KKT 1.0)") : c.profile);
    return web.html();
}
