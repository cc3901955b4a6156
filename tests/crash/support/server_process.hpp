// The real `offertracker serve` executable as a child process, for crash, shutdown and overload tests, plus raw
// socket helpers for clients that misbehave in ways the test client does not allow.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace offertracker::crash_test {

// OFFERTRACKER_TEST_TIME_SCALE (default 1): how much slower than usual this build runs (e.g. 4 under ThreadSanitizer).
// Time limits that guard against starvation are multiplied by it; protocol timeouts of the server are not.
double time_scale();
template <class Duration>
Duration scaled(Duration d) {
    return Duration{static_cast<typename Duration::rep>(static_cast<double>(d.count()) * time_scale())};
}

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class temp_dir {
public:
    temp_dir();
    ~temp_dir();
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// A port that was free a moment ago (bound to 0, read back, closed).
unsigned short free_port();

struct server_config {
    std::filesystem::path data_dir;
    std::string database_url;  // sqlite://... or postgresql://...
    unsigned workers = 4;
    std::vector<std::string> extra_args;
};

// One `offertracker serve` child. Its stdout and stderr go to <data_dir>/server-N.log.
class server_process {
public:
    // Starts the server on a free port and waits (up to 30 s) until GET / answers 200. Throws std::runtime_error
    // (with the log's tail) if it exits or never answers.
    explicit server_process(server_config config);
    // SIGKILLs the child if it is still running.
    ~server_process();
    server_process(const server_process&) = delete;
    server_process& operator=(const server_process&) = delete;

    [[nodiscard]] unsigned short port() const { return port_; }
    [[nodiscard]] pid_t pid() const { return pid_; }
    void signal(int sig) const;
    // Waits for the child to exit; its wait status (as waitpid gives it), or nullopt on timeout.
    std::optional<int> wait_exit(std::chrono::milliseconds within);
    [[nodiscard]] bool running();
    // Resident set size and its peak (VmRSS / VmHWM from /proc/PID/status), in KiB; 0 when unreadable.
    [[nodiscard]] std::size_t rss_kib() const;
    [[nodiscard]] std::size_t peak_rss_kib() const;
    [[nodiscard]] std::string log_tail(std::size_t bytes = 4000) const;

private:
    server_config config_;
    std::filesystem::path log_;
    unsigned short port_ = 0;
    pid_t pid_ = -1;
    bool reaped_ = false;
};

// The path of the offertracker executable under test (set by CMake).
std::string executable_path();

// A blocking TCP socket to 127.0.0.1:port with send/receive timeouts; closes on destruction.
class raw_socket {
public:
    explicit raw_socket(unsigned short port, std::chrono::milliseconds timeout = std::chrono::seconds{5});
    ~raw_socket();
    raw_socket(const raw_socket&) = delete;
    raw_socket& operator=(const raw_socket&) = delete;

    // Sends everything; false if the peer closed or reset the connection or the timeout hit.
    bool send_all(std::string_view bytes);
    // Reads whatever arrives until the peer closes, `until` is seen, or the timeout hits (reset counts as close).
    std::string read_until(std::string_view until, std::chrono::milliseconds within);
    // True when the peer closes (EOF or reset) within `within`; data received meanwhile is discarded.
    bool closed_within(std::chrono::milliseconds within);
    // Closes with SO_LINGER 0: the kernel sends a reset, as a crashing client would.
    void abort();
    [[nodiscard]] int fd() const { return fd_; }

private:
    int fd_ = -1;
};

}  // namespace offertracker::crash_test
