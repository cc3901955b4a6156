// Spawning and watching the server executable; raw sockets for misbehaving clients.
#include "server_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <offertracker/testing/test_client.hpp>

namespace offertracker::crash_test {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

temp_dir::temp_dir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = fs::temp_directory_path() / ("offertracker-crash-" + std::to_string(rd()));
        if (fs::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("temp_dir: could not create a directory");
}

temp_dir::~temp_dir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

unsigned short free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("free_port: socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("free_port: bind failed");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

std::string executable_path() { return OFFERTRACKER_EXECUTABLE; }

double time_scale() {
    static const double scale = [] {
        const char* text = std::getenv("OFFERTRACKER_TEST_TIME_SCALE");
        const double value = text ? std::strtod(text, nullptr) : 1.0;
        return value >= 1.0 ? value : 1.0;
    }();
    return scale;
}

namespace {

std::atomic<int> log_counter{0};

std::size_t status_field_kib(pid_t pid, std::string_view field) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(field, 0) == 0) {
            std::istringstream values(line.substr(field.size() + 1));
            std::size_t kib = 0;
            values >> kib;
            return kib;
        }
    }
    return 0;
}

}  // namespace

server_process::server_process(server_config config) : config_(std::move(config)) {
    log_ = config_.data_dir / ("server-" + std::to_string(++log_counter) + ".log");
    fs::create_directories(config_.data_dir);
    std::string last_error;
    for (int attempt = 0; attempt < 5; ++attempt) {  // another process may take the free port first
        port_ = free_port();
        std::vector<std::string> args{executable_path(),
                                      "serve",
                                      "--listen",
                                      "127.0.0.1:" + std::to_string(port_),
                                      "--database",
                                      config_.database_url,
                                      "--data-dir",
                                      config_.data_dir.string(),
                                      "--workers",
                                      std::to_string(config_.workers),
                                      "--token-secret",
                                      "crash-test-secret-0123456789abcdef-0123456789abcdef"};
        args.insert(args.end(), config_.extra_args.begin(), config_.extra_args.end());
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);

        const pid_t child = ::fork();
        if (child < 0) throw std::runtime_error("server_process: fork failed");
        if (child == 0) {
            const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
            if (fd >= 0) {
                ::dup2(fd, STDOUT_FILENO);
                ::dup2(fd, STDERR_FILENO);
                ::close(fd);
            }
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        pid_ = child;
        reaped_ = false;
        const auto deadline = std::chrono::steady_clock::now() + scaled(30s);
        while (std::chrono::steady_clock::now() < deadline) {
            if (!running()) break;
            try {
                testing::test_client client(port_);
                client.set_timeout(2s);
                if (client.get("/").status == 200) return;
            } catch (const std::exception&) {
            }
            std::this_thread::sleep_for(50ms);
        }
        last_error = log_tail();
        if (running()) {
            signal(SIGKILL);
            (void)wait_exit(10s);
        }
        if (last_error.find("in use") == std::string::npos) break;
    }
    throw std::runtime_error("server did not start; log:\n" + last_error);
}

server_process::~server_process() {
    if (!reaped_ && pid_ > 0) {
        ::kill(pid_, SIGKILL);
        (void)wait_exit(10s);
    }
}

void server_process::signal(int sig) const {
    if (pid_ > 0 && !reaped_) ::kill(pid_, sig);
}

std::optional<int> server_process::wait_exit(std::chrono::milliseconds within) {
    const auto deadline = std::chrono::steady_clock::now() + within;
    while (true) {
        int status = 0;
        const pid_t r = ::waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            reaped_ = true;
            return status;
        }
        if (r < 0) {
            reaped_ = true;
            return std::nullopt;
        }
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(10ms);
    }
}

bool server_process::running() {
    if (reaped_) return false;
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_ || r < 0) {
        reaped_ = true;
        return false;
    }
    return true;
}

std::size_t server_process::rss_kib() const { return status_field_kib(pid_, "VmRSS:"); }
std::size_t server_process::peak_rss_kib() const { return status_field_kib(pid_, "VmHWM:"); }

std::string server_process::log_tail(std::size_t bytes) const {
    std::ifstream in(log_, std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return text.size() > bytes ? text.substr(text.size() - bytes) : text;
}

// ---- raw sockets ------------------------------------------------------------------------------------------

raw_socket::raw_socket(unsigned short port, std::chrono::milliseconds timeout) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) throw std::runtime_error(std::string("raw_socket: socket: ") + std::strerror(errno));
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
    ::setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        const int err = errno;
        ::close(fd_);
        fd_ = -1;
        throw std::runtime_error(std::string("raw_socket: connect: ") + std::strerror(err));
    }
}

raw_socket::~raw_socket() {
    if (fd_ >= 0) ::close(fd_);
}

bool raw_socket::send_all(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string raw_socket::read_until(std::string_view until, std::chrono::milliseconds within) {
    std::string got;
    const auto deadline = std::chrono::steady_clock::now() + within;
    char buffer[16 * 1024];
    while (until.empty() || got.find(until) == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) break;
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got.append(buffer, static_cast<std::size_t>(n));
    }
    return got;
}

bool raw_socket::closed_within(std::chrono::milliseconds within) {
    const auto deadline = std::chrono::steady_clock::now() + within;
    char buffer[16 * 1024];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) return false;
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;
    }
}

void raw_socket::abort() {
    if (fd_ < 0) return;
    linger l{1, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd_);
    fd_ = -1;
}

}  // namespace offertracker::crash_test
