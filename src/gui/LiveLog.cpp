#include "LiveLog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

LiveLog::LiveLog(QPlainTextEdit* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_flushTimer(new QTimer(this))
{
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(VisibleLines);
    m_view->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #1e1e1e; color: #d4d4d4; }"));
    m_view->setUndoRedoEnabled(false);
    QScrollBar* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] {
        QTimer::singleShot(0, this, [this, bar] { m_follow = bar->value() >= bar->maximum(); });
    });
    // Appending line by line would repaint for every line; a batch every 100 ms keeps 100 000
    // lines a second cheap.
    m_flushTimer->setInterval(100);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &LiveLog::flush);
}

void LiveLog::append(const QString& line)
{
    m_pendingLines << line;
    m_fullLog << line;
    // Bounded: the oldest lines go, in chunks so that trimming is rare.
    if (m_fullLog.size() > FullLines + FullLines / 10) {
        const qsizetype extra = m_fullLog.size() - FullLines;
        m_fullLog.remove(0, extra);
        m_droppedLines += int(extra);
    }
    if (m_pendingLines.size() > VisibleLines)
        m_pendingLines.remove(0, m_pendingLines.size() - VisibleLines);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LiveLog::flush()
{
    m_flushTimer->stop();
    if (m_pendingLines.isEmpty())
        return;
    m_view->appendPlainText(m_pendingLines.join(u'\n'));
    m_pendingLines.clear();
    if (m_follow)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void LiveLog::clear()
{
    m_flushTimer->stop();
    m_pendingLines.clear();
    m_fullLog.clear();
    m_droppedLines = 0;
    m_view->clear();
    m_follow = true;
}

void LiveLog::showFull(QWidget* parent, const QString& title)
{
    flush();
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("fullLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new QPlainTextEdit(dialog);
    view->setObjectName(QStringLiteral("fullLogView"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString text;
    if (m_droppedLines > 0)
        text = tr("(%n earlier line(s) of this run are not kept)", nullptr, m_droppedLines) + u'\n';
    text += m_fullLog.join(u'\n');
    view->setPlainText(text);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(900, 600);
    dialog->show();
}
