#include "DeploymentRelease.h"

#include "releases/ReleaseCheck.h"

DeploymentRelease::DeploymentRelease(const DeploymentContext& context)
    : m_context(context)
{}

bool DeploymentRelease::check(DeploymentOutcome* outcome)
{
    const DeploymentRequest& request = m_context.request;
    m_context.log(tr("Checking the release %1 …").arg(request.archivePath));
    ReleaseCheck::Expected expected = QByteArray();
    if (ChecksumFile::isSha256(request.checksums.toLatin1()))
        expected = request.checksums.toLatin1().toLower();
    else
        expected = ChecksumFile::load(request.checksums);
    const PayloadLayout layout = request.profile.releaseLayout();
    const ReleaseCheck::Result check =
        ReleaseCheck::run(request.archivePath, expected, ArchiveLimits{}, &layout, &m_context.cancel);
    if (!check.ok()) {
        outcome->status = DeploymentOutcome::Status::ReleaseRejected;
        outcome->error = check.problems().join(QStringLiteral("; "));
        return false;
    }
    for (const QString& warning : check.inspection.warnings)
        m_context.log(tr("Release warning: %1").arg(warning));
    outcome->version = check.inspection.versionText;
    m_version = check.inspection.versionText;
    m_sha256 = QString::fromLatin1(check.checksum.actual).toLower();
    m_context.log(tr("Release %1 is intact (SHA-256 %2) and safe to unpack.").arg(m_version, m_sha256));
    return true;
}
