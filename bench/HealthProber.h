#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <thread>

// Asks http://127.0.0.1/health (through nginx, with the site's Host header) every 50 ms on a thread
// of its own, as a client of the instance would, and counts what went wrong: requests that failed
// (no connection, an error status, no "healthy" in the answer, or no answer within a second), and
// the longest time between two healthy answers with failures in between. Start before an update,
// stop after it.
class HealthProber
{
public:
    struct Figures
    {
        int requests = 0;
        int failed = 0;
        qint64 longestGapMs = 0; // from the last healthy answer before a failure to the first after
        QStringList versions;    // the versions /health reported, in order of appearance
    };

    explicit HealthProber(QString hostHeader, int port = 80);
    ~HealthProber();

    void start();
    Figures stop();

private:
    void run();

    QString m_host;
    int m_port;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    Figures m_figures;
};
