#include "RegistryTls.h"

#include <QDir>
#include <QFileInfo>

namespace {

// libpq reads conninfo values up to a space unless quoted.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

QString howToChooseCa()
{
    return RegistryTls::tr("Settings → Registry → CA certificate, --registry-ca FILE or %1")
        .arg(QString::fromLatin1(RegistryTls::caEnv));
}

} // namespace

QStringList RegistryTls::modes()
{
    return {QStringLiteral("verify-full"), QStringLiteral("require"), QStringLiteral("disable")};
}

QString RegistryTls::modeProblem(const QString& field, const QString& mode)
{
    if (modes().contains(mode))
        return {};
    return tr("%1: “%2” is not a TLS mode — use verify-full (the default: encrypted, server verified), "
              "require (encrypted, server not verified) or disable (no encryption)")
        .arg(field, mode);
}

QString RegistryTls::mode(const RegistryTarget& target)
{
    if (!target.sslMode.isEmpty())
        return target.sslMode;
    const QString fromEnvironment = qEnvironmentVariable(modeEnv).trimmed();
    return fromEnvironment.isEmpty() ? defaultMode() : fromEnvironment;
}

QString RegistryTls::caFile(const RegistryTarget& target)
{
    if (!target.caFile.isEmpty())
        return target.caFile;
    return qEnvironmentVariable(caEnv).trimmed();
}

QString RegistryTls::systemCaFile()
{
    for (const char* path :
         {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"}) {
        if (QFileInfo(QString::fromLatin1(path)).isReadable())
            return QString::fromLatin1(path);
    }
    return {};
}

QString RegistryTls::connectOptions(const RegistryTarget& target, QString* error)
{
    const QString chosenMode = mode(target);
    if (const QString problem = modeProblem(
            target.sslMode.isEmpty() ? QString::fromLatin1(modeEnv) : QStringLiteral("sslmode"), chosenMode);
        !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QString options = QStringLiteral("sslmode=") + chosenMode;
    const QString ca = caFile(target);
    if (chosenMode == QStringLiteral("disable"))
        return options;
    if (!ca.isEmpty()) {
        const QFileInfo file(QDir::current().absoluteFilePath(ca));
        if (!file.isFile() || !file.isReadable()) {
            *error = tr("CA certificate: %1 cannot be read — give the certificate of the authority that "
                        "signed the registry server’s certificate (%2)")
                         .arg(QDir::toNativeSeparators(ca), howToChooseCa());
            return {};
        }
        return options + QStringLiteral(";sslrootcert=") + quoted(file.absoluteFilePath());
    }
    if (chosenMode == QStringLiteral("require"))
        return options;
    const QString system = systemCaFile();
    if (system.isEmpty()) {
        *error = tr("CA certificate: none given and this system has no certificate bundle — give the "
                    "certificate of the authority that signed the registry server’s certificate (%1)")
                     .arg(howToChooseCa());
        return {};
    }
    return options + QStringLiteral(";sslrootcert=") + quoted(system);
}

QString RegistryTls::describe(const RegistryTarget& target)
{
    const QString chosen = mode(target);
    if (chosen == QStringLiteral("disable"))
        return tr("disable (not encrypted)");
    const QString ca = caFile(target);
    if (chosen == QStringLiteral("require"))
        return ca.isEmpty() ? tr("require (encrypted, the server is not verified)")
                            : tr("require (encrypted, the server’s CA checked against %1)").arg(ca);
    return ca.isEmpty() ? tr("%1, the system’s certificate authorities").arg(chosen)
                        : tr("%1, CA %2").arg(chosen, QDir::toNativeSeparators(ca));
}

QString RegistryTls::explain(const RegistryTarget& target, const QString& driverError)
{
    const QString ca = caFile(target).isEmpty() ? tr("the system’s certificate authorities")
                                                : QDir::toNativeSeparators(caFile(target));
    if (driverError.contains(QStringLiteral("server does not support SSL")))
        return tr("The registry server %1:%2 does not offer TLS, and this connection requires it "
                  "(sslmode=%3). "
                  "Turn on ssl in the server’s postgresql.conf, or — only on a network you trust — choose "
                  "sslmode=disable explicitly (Settings, --registry-sslmode disable or %4=disable).")
            .arg(target.host)
            .arg(target.port)
            .arg(mode(target), QString::fromLatin1(modeEnv));
    if (driverError.contains(QStringLiteral("certificate verify failed")))
        return tr("The registry server’s certificate is not signed by %1, so the server cannot be trusted. "
                  "Give the certificate of the authority that signed it (%2).")
            .arg(ca, howToChooseCa());
    if (driverError.contains(QStringLiteral("does not match host name")))
        return tr("The registry server’s certificate is not issued for “%1”. Connect with a host name the "
                  "certificate names, or have the certificate reissued for “%1”.")
            .arg(target.host);
    if (driverError.contains(QStringLiteral("no pg_hba.conf entry")) &&
        driverError.contains(QStringLiteral("no encryption")))
        return tr("The registry server accepts only encrypted connections, but sslmode=disable was chosen — "
                  "remove that choice (verify-full is the default).");
    return {};
}
