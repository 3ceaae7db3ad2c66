//! The network interfaces a room can be opened on, for the facilitator to choose from.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};

/// What kind of network an interface is, so the facilitator can tell the room's Wi-Fi from
/// a VPN or a container bridge that phones cannot reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum InterfaceKind {
    /// A real network: Wi-Fi, Ethernet, the laptop's hotspot.
    Network,
    /// A VPN tunnel (tun, wg, utun, ppp, …): phones in the room are not on it.
    Vpn,
    /// A container or virtual machine bridge (docker, veth, br-, …): only this laptop.
    Container,
    /// This laptop only (`127.0.0.1`, `::1`): for trying the pages out.
    Loopback,
}

impl InterfaceKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::Vpn => "VPN",
            Self::Container => "container / virtual machine",
            Self::Loopback => "this laptop only",
        }
    }

    fn of(name: &str, loopback: bool) -> Self {
        const VPN: [&str; 9] = [
            "tun",
            "tap",
            "wg",
            "utun",
            "ppp",
            "ipsec",
            "tailscale",
            "zt",
            "nordlynx",
        ];
        const CONTAINER: [&str; 9] = [
            "docker", "veth", "br-", "virbr", "vboxnet", "vmnet", "cni", "podman", "lxc",
        ];
        let name = name.to_ascii_lowercase();
        if loopback {
            Self::Loopback
        } else if VPN.iter().any(|prefix| name.starts_with(prefix)) {
            Self::Vpn
        } else if CONTAINER.iter().any(|prefix| name.starts_with(prefix)) {
            Self::Container
        } else {
            Self::Network
        }
    }
}

/// One address of one interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetworkInterface {
    /// The operating system's name for it ("wlan0", "en0", "Wi-Fi").
    pub name: String,
    pub address: IpAddr,
    pub kind: InterfaceKind,
    /// The interface the laptop's default route goes through: most likely the room's
    /// network, and the one offered first.
    pub default_route: bool,
}

/// Every interface address a phone could reach, the default route's first, then real
/// networks, VPNs, containers and loopback. IPv6 link-local addresses are left out: they
/// need a zone that browsers do not accept in an address.
pub fn network_interfaces() -> Vec<NetworkInterface> {
    let default = default_route_address();
    let mut list: Vec<NetworkInterface> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|interface| match interface.ip() {
            IpAddr::V4(_) => true,
            IpAddr::V6(address) => !address.is_unicast_link_local(),
        })
        .map(|interface| NetworkInterface {
            kind: InterfaceKind::of(&interface.name, interface.is_loopback()),
            default_route: Some(interface.ip()) == default,
            address: interface.ip(),
            name: interface.name,
        })
        .collect();
    list.sort_by_key(|interface| {
        (
            !interface.default_route,
            interface.kind,
            interface.address.is_ipv6(),
            interface.name.clone(),
        )
    });
    list
}

/// The interface a room opens on unless the facilitator picks another.
pub fn default_interface(interfaces: &[NetworkInterface]) -> Option<&NetworkInterface> {
    interfaces
        .iter()
        .find(|interface| interface.default_route)
        .or_else(|| {
            interfaces
                .iter()
                .find(|interface| interface.kind == InterfaceKind::Network)
        })
}

/// The local address the operating system would send from to reach the internet. A UDP
/// socket's `connect` only looks up the route: no packet is sent. The target is in
/// TEST-NET-1 (RFC 5737), an address that belongs to nobody.
fn default_route_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind(SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0))).ok()?;
    socket
        .connect(SocketAddr::from((Ipv4Addr::new(192, 0, 2, 1), 9)))
        .ok()?;
    Some(socket.local_addr().ok()?.ip())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_apart_by_name() {
        assert_eq!(InterfaceKind::of("wlan0", false), InterfaceKind::Network);
        assert_eq!(InterfaceKind::of("en0", false), InterfaceKind::Network);
        assert_eq!(InterfaceKind::of("wg0", false), InterfaceKind::Vpn);
        assert_eq!(InterfaceKind::of("utun3", false), InterfaceKind::Vpn);
        assert_eq!(
            InterfaceKind::of("docker0", false),
            InterfaceKind::Container
        );
        assert_eq!(
            InterfaceKind::of("br-3f2a1b", false),
            InterfaceKind::Container
        );
        assert_eq!(InterfaceKind::of("lo", true), InterfaceKind::Loopback);
    }

    #[test]
    fn listing_includes_loopback() {
        let list = network_interfaces();
        assert!(
            list.iter()
                .any(|interface| interface.kind == InterfaceKind::Loopback)
        );
    }
}
