#include "ReleaseCommand.h"

#include "ExitCode.h"
#include "releases/ArchiveInspector.h"
#include "releases/GitHubReleases.h"
#include "releases/ReleaseCache.h"
#include "releases/ReleaseCheck.h"
#include "releases/ReleaseFetch.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

struct Options
{
    QCommandLineOption json{QStringLiteral("json"), ReleaseCommand::tr("print the result as JSON")};
    QCommandLineOption checksums{QStringLiteral("checksums"),
                                 ReleaseCommand::tr("checksums file (sha256sum or BSD format) for verify"),
                                 QStringLiteral("FILE")};
    QCommandLineOption sha256{QStringLiteral("sha256"),
                              ReleaseCommand::tr("expected SHA-256 for verify, instead of --checksums"),
                              QStringLiteral("HEX")};
    QCommandLineOption apiUrl{
        QStringLiteral("api-url"),
        ReleaseCommand::tr("GitHub API base URL (default $KKT_GITHUB_API_URL or https://api.github.com)"),
        QStringLiteral("URL")};
    QCommandLineOption repo{
        QStringLiteral("repo"),
        ReleaseCommand::tr("repository OWNER/NAME (default $KKT_GITHUB_REPO or zhurbarv-hub/Qoders)"),
        QStringLiteral("OWNER/NAME")};
    QCommandLineOption cache{
        QStringLiteral("cache"),
        ReleaseCommand::tr("cache folder for fetch (default $KKT_CACHE_DIR or the user's cache)"),
        QStringLiteral("DIR")};
    QCommandLineOption maxUnpacked{
        QStringLiteral("max-unpacked-mb"),
        ReleaseCommand::tr("refuse archives that unpack to more than this (default 1024)"),
        QStringLiteral("MB")};
    QCommandLineOption maxEntries{QStringLiteral("max-entries"),
                                  ReleaseCommand::tr("refuse archives with more entries (default 50000)"),
                                  QStringLiteral("N")};
};

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int exitFor(const ArchiveInspection& inspection)
{
    switch (inspection.verdict) {
    case ArchiveInspection::Verdict::Safe:
        return ExitOk;
    case ArchiveInspection::Verdict::Unreadable:
        return ExitUsage;
    case ArchiveInspection::Verdict::Cancelled:
        return ExitFailure;
    default:
        return ExitUnsafeArchive;
    }
}

int exitFor(const ChecksumVerifier::Verdict& verdict)
{
    switch (verdict.outcome) {
    case ChecksumVerifier::Outcome::Match:
        return ExitOk;
    case ChecksumVerifier::Outcome::Mismatch:
        return ExitChecksumMismatch;
    case ChecksumVerifier::Outcome::Cancelled:
        return ExitFailure;
    default:
        return ExitUsage; // checksums file unusable, archive not listed or not readable
    }
}

int exitFor(GitHubCall::Error error)
{
    switch (error) {
    case GitHubCall::Error::None:
        return ExitOk;
    case GitHubCall::Error::Network:
        return ExitUnreachable;
    case GitHubCall::Error::Unauthorized:
        return ExitAuthFailed;
    default:
        return ExitFailure;
    }
}

void printInspection(const QString& archive, const ArchiveInspection& inspection, CommandIo& io)
{
    io.out << ReleaseCommand::tr("Archive:       %1").arg(QFileInfo(archive).fileName()) << u'\n'
           << ReleaseCommand::tr("Version:       %1")
                  .arg(inspection.version ? inspection.version->toString()
                                          : ReleaseCommand::tr("(no VERSION file)"))
           << u'\n' << ReleaseCommand::tr("Entries:       %1").arg(inspection.entries.size()) << u'\n'
           << ReleaseCommand::tr("Unpacked size: %1 (%2 bytes)")
                  .arg(humanSize(inspection.unpackedSize))
                  .arg(inspection.unpackedSize)
           << u'\n';
    if (inspection.manifest) {
        const ReleaseManifest& m = *inspection.manifest;
        io.out << ReleaseCommand::tr("Manifest:      severity %1, database migration %2, rollback %3%4")
                      .arg(ReleaseManifest::severityText(m.severity),
                           m.databaseMigration ? ReleaseCommand::tr("yes") : ReleaseCommand::tr("no"),
                           m.rollbackSupported ? ReleaseCommand::tr("supported")
                                               : ReleaseCommand::tr("not supported"),
                           m.minimumVersion
                               ? ReleaseCommand::tr(", updates from %1 on").arg(m.minimumVersion->toString())
                               : QString())
               << u'\n';
    }
    if (inspection.warnings.isEmpty()) {
        io.out << ReleaseCommand::tr("Warnings:      none") << u'\n';
    } else {
        io.out << ReleaseCommand::tr("Warnings (%1):").arg(inspection.warnings.size()) << u'\n';
        for (const QString& warning : inspection.warnings)
            io.out << QStringLiteral("  - ") << warning << u'\n';
    }
}

} // namespace

QString ReleaseCommand::summary() const
{
    return tr("list, fetch, verify and inspect KKT releases (list, fetch, verify, inspect)");
}

int ReleaseCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    Options o;
    parser.addOptions(
        {o.json, o.checksums, o.sha256, o.apiUrl, o.repo, o.cache, o.maxUnpacked, o.maxEntries});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, fetch, verify, inspect or login"));
    parser.addPositionalArgument(QStringLiteral("ARGUMENT"),
                                 tr("the version (fetch) or the archive (verify, inspect)"));
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(o.json);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("fetch"), QStringLiteral("verify"),
                              QStringLiteral("inspect"), QStringLiteral("login")};
    if (!actions.contains(action)) {
        io.err << tr("release: “%1” is not an action — use list, fetch VERSION, verify ARCHIVE --checksums "
                     "FILE or "
                     "inspect ARCHIVE")
                      .arg(action)
               << Qt::endl;
        return ExitUsage;
    }
    const qsizetype wanted = action == u"list" || action == u"login" ? 1 : 2;
    if (positional.size() != wanted) {
        io.err << (wanted == 1 ? tr("release %1: takes no further argument").arg(action)
                               : tr("release %1: give exactly one %2")
                                     .arg(action, action == u"fetch" ? tr("version, e.g. 1.0.0")
                                                                     : tr("archive file")))
               << Qt::endl;
        return ExitUsage;
    }

    ArchiveLimits limits;
    for (const auto& [option, target, scale] :
         {std::tuple{&o.maxUnpacked, &limits.maxUnpackedBytes, qint64(1) << 20},
          std::tuple{&o.maxEntries, &limits.maxEntries, qint64(1)}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const qint64 value = parser.value(*option).toLongLong(&ok);
        if (!ok || value <= 0) {
            io.err << tr("release: --%1 “%2” is not a positive whole number — e.g. --%1 100")
                          .arg(option->names().first(), parser.value(*option))
                   << Qt::endl;
            return ExitUsage;
        }
        *target = value * scale;
    }

    if (action == u"inspect" || action == u"verify") {
        const QString archive = positional.at(1);
        if (!QFileInfo(archive).isFile()) {
            io.err << tr("release %1: %2 is not a file — give the path of the .tar.gz archive")
                          .arg(action, archive)
                   << Qt::endl;
            return ExitUsage;
        }
        if (action == u"inspect") {
            const ArchiveInspection inspection = ArchiveInspector::inspect(archive, limits);
            if (json) {
                io.out << QJsonDocument(ArchiveInspector::toJson(inspection)).toJson(QJsonDocument::Indented);
            } else if (inspection.ok()) {
                printInspection(archive, inspection, io);
                io.out << tr("Safe to unpack.") << u'\n';
            } else {
                io.err << tr("release inspect: %1 is refused: %2")
                              .arg(QFileInfo(archive).fileName(), inspection.problem)
                       << Qt::endl;
            }
            return exitFor(inspection);
        }
        if (parser.isSet(o.checksums) == parser.isSet(o.sha256)) {
            io.err << tr("release verify: give either --checksums FILE or --sha256 HEX") << Qt::endl;
            return ExitUsage;
        }
        ReleaseCheck::Expected expected;
        if (parser.isSet(o.checksums)) {
            const QString path = parser.value(o.checksums);
            if (!QFileInfo(path).isFile()) {
                io.err
                    << tr("release verify: --checksums %1 is not a file — give the release's checksums.txt")
                           .arg(path)
                    << Qt::endl;
                return ExitUsage;
            }
            const ChecksumFile file = ChecksumFile::load(path);
            for (const QString& error : file.errors())
                io.err << tr("release verify: %1: %2").arg(QFileInfo(path).fileName(), error) << u'\n';
            expected = file;
        } else {
            expected = parser.value(o.sha256).toLatin1();
        }
        const ReleaseCheck::Result result = ReleaseCheck::run(archive, expected, limits);
        int code = exitFor(result.checksum);
        if (code == ExitOk)
            code = exitFor(result.inspection);
        if (json) {
            QJsonObject out = ArchiveInspector::toJson(result.inspection, false);
            out.insert(QStringLiteral("checksum_ok"), result.checksum.ok());
            out.insert(QStringLiteral("expected_sha256"), QString::fromLatin1(result.checksum.expected));
            out.insert(QStringLiteral("actual_sha256"), QString::fromLatin1(result.checksum.actual));
            out.insert(QStringLiteral("checksum_message"), result.checksum.message);
            out.insert(QStringLiteral("ok"), result.ok());
            io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else if (result.ok()) {
            io.out << result.checksum.message << u'\n';
            printInspection(archive, result.inspection, io);
            io.out << tr("The archive is intact and safe to unpack.") << u'\n';
        } else {
            io.err << tr("release verify: %1").arg(result.problem()) << Qt::endl;
        }
        return code;
    }

    // list and fetch talk to GitHub: a local event loop, nothing else runs meanwhile.
    GitHubReleases github;
    if (parser.isSet(o.apiUrl)) {
        const QUrl url(parser.value(o.apiUrl));
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            io.err << tr("release: --api-url “%1” is not an http(s) URL — e.g. https://api.github.com")
                          .arg(parser.value(o.apiUrl))
                   << Qt::endl;
            return ExitUsage;
        }
        github.setApiBase(url);
    }
    if (parser.isSet(o.repo))
        github.setRepository(parser.value(o.repo));
    if (const QString problem = GitHubReleases::repositoryProblem(github.repository()); !problem.isEmpty()) {
        io.err << tr("release: %1").arg(problem) << Qt::endl;
        return ExitUsage;
    }
    // The optional token: the environment, else the keychain (stored with `release login`).
    SecretStore keychain;
    const QString tokenKey = GitHubReleases::tokenKeychainKey(github.apiBase());
    if (action == u"login") {
        QByteArray line = io.in ? io.in->readLine() : QByteArray();
        const QString token = QString::fromUtf8(line).trimmed();
        line.fill('\0');
        if (token.isEmpty()) {
            io.err << tr("release login: pipe the GitHub token into standard input, e.g. "
                         "pass show github/kkt | kkt-deploy release login")
                   << Qt::endl;
            return ExitUsage;
        }
        QEventLoop wait;
        SecretStore::Result stored;
        keychain.write(tokenKey, token, [&](const SecretStore::Result& r) {
            stored = r;
            wait.quit();
        });
        wait.exec();
        if (!stored.ok()) {
            io.err << tr("release login: %1").arg(stored.message) << Qt::endl;
            return ExitFailure;
        }
        io.out << tr("The GitHub token for %1 is stored in the keychain.").arg(github.apiBase().host())
               << Qt::endl;
        return ExitOk;
    }
    QByteArray token = qgetenv(githubTokenEnv);
    if (token.isEmpty()) {
        const SecretStore::Result stored = keychain.readNow(tokenKey);
        if (stored.ok())
            token = stored.secret.toUtf8();
    }
    github.setToken(token);
    token.fill('\0');

    QEventLoop loop;
    if (action == u"list") {
        GitHubCall* call = github.list();
        QObject::connect(
            call, &GitHubCall::retrying, &loop, [&io](int attempt, int delay, const QString& reason) {
                io.err << tr("GitHub: %1; retry %2 in %3 s…").arg(reason).arg(attempt).arg(delay / 1000.0)
                       << Qt::endl;
            });
        QObject::connect(call, &GitHubCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (call->error() != GitHubCall::Error::None) {
            io.err << tr("release list: %1").arg(call->errorText()) << Qt::endl;
            return exitFor(call->error());
        }
        if (json) {
            QJsonArray array;
            for (const ReleaseInfo& r : call->releases()) {
                QJsonArray assets;
                for (const ReleaseAsset& a : r.assets)
                    assets.append(a.name);
                array.append(
                    QJsonObject{{QStringLiteral("tag"), r.tag},
                                {QStringLiteral("version"), r.version ? r.version->toString() : QString()},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("published_at"), r.publishedAt.toString(Qt::ISODate)},
                                {QStringLiteral("prerelease"), r.prerelease},
                                {QStringLiteral("assets"), assets}});
            }
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else if (call->releases().isEmpty()) {
            io.out << tr("%1 has no published releases.").arg(github.repository()) << u'\n';
        } else {
            for (const ReleaseInfo& r : call->releases())
                io.out << QStringLiteral("%1  %2  %3%4\n")
                              .arg(r.tag, -14)
                              .arg(r.publishedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")), -10)
                              .arg(r.name, r.prerelease ? tr("  (pre-release)") : QString());
        }
        return ExitOk;
    }

    // fetch VERSION
    const std::optional<SemanticVersion> version = SemanticVersion::parse(positional.at(1));
    if (!version) {
        io.err << tr("release fetch: “%1” is not a version — e.g. 1.0.0 or v1.0.1-test").arg(positional.at(1))
               << Qt::endl;
        return ExitUsage;
    }
    // Tags are usually v1.0.0; try the bare version as well.
    std::optional<ReleaseInfo> release;
    GitHubCall::Error lastError = GitHubCall::Error::None;
    QString lastText;
    for (const QString& tag : {QStringLiteral("v") + version->toString(), version->toString()}) {
        GitHubCall* call = github.byTag(tag);
        QObject::connect(call, &GitHubCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (call->error() == GitHubCall::Error::None && !call->releases().isEmpty()) {
            release = call->releases().first();
            break;
        }
        lastError = call->error();
        lastText = call->errorText();
        if (lastError != GitHubCall::Error::NotFound)
            break;
    }
    if (!release) {
        io.err << tr("release fetch: %1").arg(lastText) << Qt::endl;
        return exitFor(lastError);
    }
    const QString cacheRoot = parser.isSet(o.cache) ? parser.value(o.cache) : ReleaseCache::root();
    ReleaseFetch fetch(github.network());
    fetch.setLimits(limits);
    QObject::connect(&fetch, &ReleaseFetch::stage, &loop,
                     [&io](const QString& text) { io.err << text << Qt::endl; });
    QObject::connect(&fetch, &ReleaseFetch::finished, &loop, &QEventLoop::quit);
    fetch.start(*release, cacheRoot);
    loop.exec();
    switch (fetch.failure()) {
    case ReleaseFetch::Failure::None:
        break;
    case ReleaseFetch::Failure::ChecksumMismatch:
        io.err << tr("release fetch: %1").arg(fetch.errorText()) << Qt::endl;
        return ExitChecksumMismatch;
    case ReleaseFetch::Failure::Unsafe:
        io.err << tr("release fetch: %1").arg(fetch.errorText()) << Qt::endl;
        return ExitUnsafeArchive;
    default:
        io.err << tr("release fetch: %1").arg(fetch.errorText()) << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonObject out = ArchiveInspector::toJson(fetch.check().inspection, false);
        out.insert(QStringLiteral("archive"), fetch.archivePath());
        out.insert(QStringLiteral("sha256"), QString::fromLatin1(fetch.check().checksum.actual));
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        io.out << fetch.check().checksum.message << u'\n';
        printInspection(fetch.archivePath(), fetch.check().inspection, io);
        io.out << tr("Saved to %1").arg(fetch.archivePath()) << u'\n';
    }
    return ExitOk;
}
