// Verify + inspect of a 200 MB release archive against `sha256sum` + `tar -tzf` on the same file,
// in the same run. Generates its own archive in a temporary folder; prints the figures.
#include "releases/ArchiveInspector.h"
#include "releases/FileDigest.h"
#include "releases/ReleaseCheck.h"
#include "support/ArchiveBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double seconds(const std::function<bool()>& work, int runs, bool* ok)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *ok = work() && *ok;
        times.push_back(timer.nsecsElapsed() / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2); // median
}

bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardOutputFile(out ? QString() : QProcess::nullDevice());
    p.start();
    if (!p.waitForFinished(-1))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 targetBytes = qEnvironmentVariableIntValue("KKT_BENCH_MB") > 0
                                   ? qint64(qEnvironmentVariableIntValue("KKT_BENCH_MB")) << 20
                                   : qint64(200) << 20;
    const int runs = 3;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString archive = dir.filePath(QStringLiteral("kkt-app-v1.0.0.tar.gz"));

    // The real layout plus payload files: mostly incompressible (as wheels and images are), some text.
    std::printf("generating a %lld MB archive in %s …\n", targetBytes >> 20, qPrintable(dir.path()));
    QElapsedTimer timer;
    timer.start();
    ArchiveBuilder builder = ArchiveBuilder::kkt10();
    QRandomGenerator random(42);
    const qint64 fileSize = qint64(8) << 20;
    // Random bytes do not compress: they make up the packed size; the text files come on top.
    for (int i = 0; qint64(i) * fileSize < targetBytes; ++i) {
        QByteArray data(fileSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        builder.file(QStringLiteral("./web/static/blob-%1.bin").arg(i), data);
        if (i % 8 == 7) {
            QByteArray text(fileSize, Qt::Uninitialized);
            for (qint64 j = 0; j < fileSize; ++j)
                text[j] = "KKT deadline tracker\n"[j % 21];
            builder.file(QStringLiteral("./web/static/text-%1.txt").arg(i), text);
        }
    }
    if (const QString error = builder.write(archive, 1); !error.isEmpty()) {
        std::printf("cannot write the archive: %s\n", qPrintable(error));
        return 1;
    }
    builder.entries.clear();
    const qint64 packed = QFileInfo(archive).size();
    const FileDigest::Result digest = FileDigest::sha256(archive);
    std::printf("archive: %.1f MB packed, generated in %.1f s\n", packed / 1e6, timer.elapsed() / 1000.0);

    // Warm the page cache for both sides alike.
    run(QStringLiteral("cat"), {archive});

    ArchiveLimits limits;
    limits.maxUnpackedBytes = qint64(4) << 30;
    bool ok = true;
    const double ours = seconds(
        [&] {
            const ReleaseCheck::Result result = ReleaseCheck::run(archive, digest.sha256, limits);
            return result.ok();
        },
        runs, &ok);
    const double oursHash =
        seconds([&] { return FileDigest::sha256(archive).sha256 == digest.sha256; }, runs, &ok);
    const double oursInspect =
        seconds([&] { return ArchiveInspector::inspect(archive, limits).ok(); }, runs, &ok);
    const double sha256sum = seconds([&] { return run(QStringLiteral("sha256sum"), {archive}); }, runs, &ok);
    const double tar = seconds(
        [&] {
            return run(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive});
        },
        runs, &ok);
    const double tools = sha256sum + tar;

    std::printf("\nmedian of %d runs on %.1f MB (%s):\n", runs, packed / 1e6,
                ok ? "all checks passed" : "A CHECK FAILED");
    std::printf("  kkt-deploy verify + inspect (ReleaseCheck, parallel) %7.3f s  %7.1f MB/s\n", ours,
                packed / 1e6 / ours);
    std::printf("    of which SHA-256 alone (FileDigest)               %7.3f s\n", oursHash);
    std::printf("    of which inspection alone (ArchiveInspector)      %7.3f s\n", oursInspect);
    std::printf("  sha256sum + tar -tzf                                %7.3f s  %7.1f MB/s\n", tools,
                packed / 1e6 / tools);
    std::printf("    sha256sum                                         %7.3f s\n", sha256sum);
    std::printf("    tar -tzf                                          %7.3f s\n", tar);
    std::printf("  ratio kkt-deploy / tools: %.2f (%s)\n", ours / tools,
                ours <= tools ? "no slower" : "SLOWER");
    return ok ? 0 : 1;
}
