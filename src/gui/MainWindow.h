#pragma once

#include <QMainWindow>

class QTabWidget;

// Tabs: Deploy (the wizard); Registry and Updates join as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    QTabWidget* m_tabs;
};
