package awstest

import "syscall"

// sysProcAttr puts the server in its own process group, so Stop can end the
// pyenv shim and the Python process together, and asks the kernel to kill
// it if the test binary dies first (a timeout panic, a SIGKILL).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(pid int, sig syscall.Signal) { _ = syscall.Kill(-pid, sig) }
