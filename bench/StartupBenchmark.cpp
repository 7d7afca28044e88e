// bench-startup [RUNS] [PROGRAM]: how long kkt-deploy takes from process start until the deployment
// wizard is shown (offscreen), as the median of RUNS runs (default 15), printed in milliseconds.
// The application reports the moment itself when KKT_STARTUP_PROBE=1 is set.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 15;
    const QString program = args.size() > 2 ? args.at(2) : QStringLiteral(KKT_DEPLOY_BINARY);
    QTextStream out(stdout);
    if (runs < 1) {
        QTextStream(stderr) << "usage: bench-startup [RUNS] [PROGRAM]" << Qt::endl;
        return 2;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("KKT_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));

    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {});
        double shownAt = -1;
        while (shownAt < 0 && process.waitForReadyRead(10000)) {
            while (process.canReadLine()) {
                if (process.readLine().startsWith("kkt-startup-probe: wizard shown"))
                    shownAt = timer.nsecsElapsed() / 1e6;
            }
        }
        process.waitForFinished(10000);
        if (shownAt < 0) {
            QTextStream(stderr) << "run " << i + 1
                                << ": the wizard was never shown; stderr: " << process.readAllStandardError()
                                << Qt::endl;
            return 1;
        }
        times << shownAt;
    }
    std::sort(times.begin(), times.end());
    const double median = runs % 2 ? times.at(runs / 2) : (times.at(runs / 2 - 1) + times.at(runs / 2)) / 2;
    out << "startup to wizard shown (offscreen): median " << QString::number(median, 'f', 1) << " ms over "
        << runs << " runs (min " << QString::number(times.first(), 'f', 1) << ", max "
        << QString::number(times.last(), 'f', 1) << ")" << Qt::endl;
    return 0;
}
