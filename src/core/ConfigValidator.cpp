#include "ConfigValidator.h"

#include "FieldRules.h"

namespace {

template <typename T, typename U>
void apply(const FieldCheck<T>& check, const char* field, U* target, ValidationIssues* issues)
{
    if (check.ok())
        *target = check.value;
    else
        issues->append({QString::fromLatin1(field), check.problem, check.fix});
}

} // namespace

ValidationResult ConfigValidator::validate(const DeploymentConfig& config)
{
    ValidationResult r{config, {}};
    DeploymentConfig& c = r.config;
    ValidationIssues* issues = &r.issues;

    apply(FieldRules::host(c.server.host), "server.host", &c.server.host, issues);
    apply(FieldRules::port(c.server.port), "server.port", &c.server.port, issues);
    apply(FieldRules::sshUser(c.server.user), "server.user", &c.server.user, issues);
    if (c.server.auth == SshAuth::Key)
        apply(FieldRules::identityFile(c.server.identityFile), "server.identityFile", &c.server.identityFile,
              issues);
    apply(FieldRules::domain(c.server.domain), "server.domain", &c.server.domain, issues);

    apply(FieldRules::fullName(c.admin.fullName), "admin.fullName", &c.admin.fullName, issues);
    apply(FieldRules::email(c.admin.email), "admin.email", &c.admin.email, issues);
    apply(FieldRules::phone(c.admin.phone), "admin.phone", &c.admin.phone, issues);
    apply(FieldRules::company(c.admin.company), "admin.company", &c.admin.company, issues);

    apply(FieldRules::telegramIds(c.telegram.adminIds), "telegram.adminIds", &c.telegram.adminIds, issues);

    apply(FieldRules::time(c.settings.notificationTime), "settings.notificationTime",
          &c.settings.notificationTime, issues);
    apply(FieldRules::timezone(c.settings.timezone), "settings.timezone", &c.settings.timezone, issues);
    apply(FieldRules::alertDays(c.settings.alertDays), "settings.alertDays", &c.settings.alertDays, issues);
    apply(FieldRules::time(c.settings.backupTime), "settings.backupTime", &c.settings.backupTime, issues);
    apply(FieldRules::retentionDays(c.settings.backupRetentionDays), "settings.backupRetentionDays",
          &c.settings.backupRetentionDays, issues);

    if (c.release.source == ReleaseSource::Tag)
        apply(FieldRules::releaseTag(c.release.tag), "release.tag", &c.release.tag, issues);
    if (c.release.source == ReleaseSource::File) {
        apply(FieldRules::releaseFile(c.release.path), "release.path", &c.release.path, issues);
        apply(FieldRules::releaseChecksums(c.release.checksums), "release.checksums", &c.release.checksums,
              issues);
    }
    if (c.web.tls == TlsMode::Existing) {
        apply(FieldRules::tlsFile(c.web.certificateFile, false), "web.certificateFile",
              &c.web.certificateFile, issues);
        apply(FieldRules::tlsFile(c.web.keyFile, true), "web.keyFile", &c.web.keyFile, issues);
    }
    apply(FieldRules::plainHttp(c.mode == DeploymentMode::Production, c.web.tls == TlsMode::None,
                                c.web.acceptNoTls),
          "web.tls", &c.web.acceptNoTls, issues);
    if (!c.profile.isEmpty())
        apply(FieldRules::profileFile(c.profile), "profile", &c.profile, issues);
    return r;
}

ValidationIssues ConfigValidator::validateSecrets(const DeploymentConfig& config,
                                                  const DeploymentSecrets& secrets)
{
    ValidationIssues issues;
    QString ignored;
    apply(FieldRules::botToken(secrets.botToken), "telegram.botToken", &ignored, &issues);
    if (config.admin.passwordMode == PasswordMode::Typed)
        apply(FieldRules::password(secrets.adminPassword), "admin.password", &ignored, &issues);
    return issues;
}
