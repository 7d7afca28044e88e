#pragma once

#include "GitHubCall.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// The GitHub Releases API of one repository (design.md, Releases). The API base URL is
// configurable for mirrors and GitHub Enterprise; tests point it at a local server.
class GitHubReleases : public QObject
{
    Q_OBJECT

public:
    explicit GitHubReleases(QObject* parent = nullptr);

    static constexpr char defaultRepository[] = "zhurbarv-hub/Qoders";
    // $KKT_GITHUB_API_URL, else QSettings "releases/apiBaseUrl", else https://api.github.com.
    static QUrl configuredApiBase();
    // $KKT_GITHUB_REPO, else QSettings "releases/repository", else defaultRepository.
    static QString configuredRepository();
    // Where the optional access token for an API host lives in the OS keychain.
    static QString tokenKeychainKey(const QUrl& apiBase)
    {
        return QStringLiteral("github-token/") + apiBase.host();
    }
    // "owner/name" with GitHub's allowed characters; an empty result means valid.
    static QString repositoryProblem(const QString& repository);

    void setApiBase(const QUrl& base);
    void setRepository(const QString& repository);
    // Held in memory only and sent only to the API host, never logged.
    void setToken(const QByteArray& token);
    void setRetryPolicy(int maxRetries, int firstDelayMs);
    void setTransferTimeout(int milliseconds);

    QUrl apiBase() const { return m_settings.apiBase; }
    QString repository() const { return m_settings.repository; }

    // Each call is a child of this object; delete it (deleteLater) once its answer is read.
    GitHubCall* latest();
    GitHubCall* byTag(const QString& tag);
    GitHubCall* list();
    // Downloads and parses the release's manifest.json asset (an error when it has none).
    GitHubCall* manifest(const ReleaseInfo& release);

    QNetworkAccessManager* network() const { return m_network; }

private:
    GitHubCall* make(GitHubCall::Kind kind, const QString& path, const QString& what);

    QNetworkAccessManager* m_network;
    GitHubCall::Settings m_settings;
    GitHubCall::Cache m_cache;
};
