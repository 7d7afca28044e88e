#include "DeploymentReport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString DeploymentReport::html(const DeploymentConfig& config, const DeploymentOutcome& outcome,
                               bool includeCredentials)
{
    const bool test = config.mode == DeploymentMode::Test;
    QString out =
        QStringLiteral("<h1>%1</h1>")
            .arg((test ? tr("KKT TEST deployment report") : tr("KKT deployment report")).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Created %1")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                        .toHtmlEscaped());

    out += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(tr("Instance").toHtmlEscaped());
    if (test) {
        out += row(tr("Kind"), tr("TEST instance next to production %1 — not for clients")
                                   .arg(outcome.production.value(QStringLiteral("instanceId")).toString()));
        QStringList changed;
        for (const QJsonValue& d : outcome.production.value(QStringLiteral("differences")).toArray())
            changed << d.toObject().value(QStringLiteral("what")).toString();
        out += row(tr("Production before and after"),
                   outcome.production.value(QStringLiteral("unchanged")).toBool()
                       ? tr("unchanged (services, processes, units, nginx, certificate, files, database)")
                       : tr("CHANGED: %1").arg(changed.join(QStringLiteral(", "))));
    }
    out += row(tr("Instance ID"), outcome.instanceId);
    out += row(tr("Deployed version"), outcome.version);
    out += row(tr("Web interface"), outcome.publicUrl);
    if (!outcome.botUsername.isEmpty())
        out += row(tr("Telegram bot"), QStringLiteral("https://t.me/") + outcome.botUsername);
    out += row(tr("Deployment"), outcome.deploymentId);
    const QString email = outcome.adminEmail.isEmpty() ? config.admin.email : outcome.adminEmail;
    out += row(tr("Administrator login"), outcome.adminUsername.isEmpty() ? email : outcome.adminUsername);
    out += row(tr("Administrator email"), email);
    if (includeCredentials && !outcome.adminPassword.isEmpty())
        out += row(tr("Administrator password"), outcome.adminPassword);
    else
        out += row(tr("Administrator password"), outcome.adminPassword.isEmpty()
                                                     ? tr("unchanged by this deployment")
                                                     : tr("not in this report; given separately"));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(tr("Configuration").toHtmlEscaped());
    out +=
        row(tr("Server"),
            QStringLiteral("%1@%2:%3").arg(config.server.user, config.server.host).arg(config.server.port));
    out += row(tr("Domain"), config.server.domain);
    if (!outcome.hostKeyFingerprint.isEmpty())
        out += row(tr("Server host key"), outcome.hostKeyFingerprint);
    out += row(tr("Administrator"), config.admin.fullName);
    out += row(tr("Company"), config.admin.company);
    out += row(tr("Phone"), config.admin.phone);
    QStringList ids;
    for (qint64 id : config.telegram.adminIds)
        ids << QString::number(id);
    out += row(tr("Administrator Telegram IDs"), ids.join(QStringLiteral(", ")));
    out += row(tr("Notifications at"), config.settings.notificationTime);
    out += row(tr("Time zone"), config.settings.timezone);
    QStringList days;
    for (int d : config.settings.alertDays)
        days << QString::number(d);
    out += row(tr("Alert days before a deadline"), days.join(QStringLiteral(", ")));
    out += row(tr("Backup at"), config.settings.backupTime);
    out += row(tr("Backups kept, days"), QString::number(config.settings.backupRetentionDays));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\" border=\"1\" cellspacing=\"0\">")
               .arg(tr("Health checks").toHtmlEscaped());
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
               .arg(tr("Check").toHtmlEscaped(), tr("Result").toHtmlEscaped(), tr("Detail").toHtmlEscaped());
    for (const HealthCheck& check : outcome.health) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                   .arg(check.title.toHtmlEscaped(), (check.passed ? tr("pass") : tr("fail")).toHtmlEscaped(),
                        check.detail.toHtmlEscaped());
    }
    out += QStringLiteral("</table>");
    return out;
}

bool DeploymentReport::writePdf(const QString& path, const QString& html, QString* error)
{
    {
        // QPdfWriter reports no errors: find out first whether the file can be written at all.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("Report: “%1” cannot be written (%2) — choose another folder.")
                         .arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("KKT deployment report"));
    writer.setCreator(QStringLiteral("KKT Deploy"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return true;
}
