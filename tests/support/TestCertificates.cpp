#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

TestCertificates::TestCertificates(const QString& directory)
    : m_dir(directory)
{
    QDir().mkpath(m_dir);
}

bool TestCertificates::openssl(const QStringList& arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2").arg(arguments.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::makeAuthority()
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=KKT Deploy test CA"), QStringLiteral("-keyout"),
                    m_dir + QStringLiteral("/ca.key"), QStringLiteral("-out"), authority()});
}

bool TestCertificates::makeKey(const QString& name)
{
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                    QStringLiteral("-out"), key(name)}) &&
           QFile::setPermissions(key(name), QFile::ReadOwner | QFile::WriteOwner);
}

bool TestCertificates::makeServer(const QString& name, const QString& dnsName)
{
    const QString csr = m_dir + u'/' + name + QStringLiteral(".csr");
    const QString ext = m_dir + u'/' + name + QStringLiteral(".ext");
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly))
        return false;
    extFile.write(QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
                      .arg(dnsName)
                      .toUtf8());
    extFile.close();
    return makeKey(name) &&
           openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key(name),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + dnsName, QStringLiteral("-out"),
                    csr}) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), authority(), QStringLiteral("-CAkey"),
                    m_dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), ext,
                    QStringLiteral("-out"), certificate(name)});
}
