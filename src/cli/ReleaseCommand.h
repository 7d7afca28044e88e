#pragma once

#include "Command.h"

#include <QCoreApplication>

struct ArchiveLimits;
class GitHubReleases;

// `kkt-deploy release list|fetch VERSION|verify ARCHIVE --checksums FILE|inspect ARCHIVE [--json]`
class ReleaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseCommand)

public:
    QString name() const override { return QStringLiteral("release"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    // Environment variable of the optional GitHub token (else anonymous, 60 requests per hour).
    static constexpr char githubTokenEnv[] = "KKT_GITHUB_TOKEN";
};
