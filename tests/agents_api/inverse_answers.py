# ruff: noqa: E501 - one question per line reads best
"""Questions that need a tool to solve backwards: the height or mass from a gravitational PE, the
stretch or spring constant from a stored elastic energy, the force or speed from a power (P = F v),
the mass or a size from a moment of inertia. Teachers' phrasings and units, with distractors; every
answer computed here with the textbook formulas (g = 9.81 m/s^2; the Moon 1.62, Mars 3.71).

- data/inverse_tools.json (45): written after the tools learned these modes and before the tutor's
  rules for them (first pass 0/45, all 422);
- data/inverse_tools_2.json (34): written after those rules, to try other phrasings and near-miss
  situations (a kinetic energy, a launch speed, an accelerating car) where a wrong number would be
  easy; scored once before any change it prompted.

Regenerate with `python3 tests/agents_api/inverse_answers.py tests/agents_api/data`."""

import json
import math
import sys
from collections import Counter

g = 9.81
g_moon = 1.62
g_mars = 3.71
P: list[dict] = []
SECOND: list[dict] = []
writing_second = False


def q(topic: str, question: str, value: float, unit: str) -> None:
    (SECOND if writing_second else P).append(
        {"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": 0.02}
    )


E, A = "energy", "angular_motion"

# --- the height from a gravitational potential energy: h = U / (m g)
q(E, "How high must a 2 kg book be lifted to gain 50 J of gravitational potential energy?", 50 / (2 * g), "m")
q(E, "A 65 kg climber gains 12.5 kJ of potential energy. How high has she climbed?", 12500 / (65 * g), "m")
q(E, "A crane gives a 500 kg steel beam 29.4 kJ of gravitational potential energy. To what height was the beam raised?", 29400 / (500 * g), "m")
q(E, "A 250 g apple has 4.9 J of gravitational potential energy relative to the ground. How high above the ground is it?", 4.9 / (0.25 * g), "m")
q(E, "At what height does a 1200 kg car have a potential energy of 1 MJ?", 1e6 / (1200 * g), "m")
q(E, "A 3 kg rock on the Moon has 48.6 J of gravitational potential energy. What is its height above the surface?", 48.6 / (3 * g_moon), "m")
q(E, "A drone of mass 1.5 kg stores 441 J of gravitational potential energy. What is its height in centimetres?", 441 / (1.5 * g) * 100, "cm")
q(E, "How far must a 40 N weight be lifted to increase its potential energy by 200 J?", 200 / 40, "m")
q(E, "A 70 kg hiker walks along a mountain path 3 km long and gains 1.03 MJ of gravitational potential energy. What height did she climb?", 1.03e6 / (70 * g), "m")
q(E, "A 900 kg car travelling at 20 m/s drives up a hill and gains 150 kJ of potential energy. How high is the hill?", 150e3 / (900 * g), "m")

# --- the mass from a gravitational potential energy: m = U / (g h)
q(E, "An object at a height of 8 m has 392 J of gravitational potential energy. What is its mass?", 392 / (g * 8), "kg")
q(E, "A diver standing on a 10 m platform has 6.87 kJ of potential energy relative to the water. Find the diver's mass.", 6870 / (g * 10), "kg")
q(E, "What mass, raised 2.5 m, gains 98.1 J of potential energy?", 98.1 / (g * 2.5), "kg")
q(E, "A box on a shelf 180 cm above the floor has a gravitational potential energy of 53 J. What is the mass of the box?", 53 / (g * 1.8), "kg")

# --- the stretch or compression from a stored elastic energy: x = √(2 U / k)
q(E, "A spring with a spring constant of 400 N/m stores 2 J of elastic potential energy. How far is it stretched?", math.sqrt(2 * 2 / 400), "m")
q(E, "How much must a spring of stiffness 1500 N/m be compressed to store 12 J?", math.sqrt(2 * 12 / 1500), "m")
q(E, "A catapult's elastic band has k = 250 N/m and stores 8 J. What is its extension in cm?", math.sqrt(2 * 8 / 250) * 100, "cm")
q(E, "A 2.5 kN/m spring in a toy is compressed until it holds 0.45 J of energy. By how much is it compressed?", math.sqrt(2 * 0.45 / 2500), "m")
q(E, "A trampoline spring (k = 5000 N/m) stores 90 J when stretched. What is the extension?", math.sqrt(2 * 90 / 5000), "m")
q(E, "A spring of constant 600 N/m is compressed and stores 0.75 J. A 50 g ball is placed against it. How far was the spring compressed?", math.sqrt(2 * 0.75 / 600), "m")

# --- the spring constant from a stored elastic energy: k = 2 U / x²
q(E, "A spring stretched by 0.2 m stores 6 J of elastic potential energy. What is its spring constant?", 2 * 6 / 0.2**2, "N/m")
q(E, "Compressing a spring by 4 cm stores 0.32 J of energy. Calculate the spring constant.", 2 * 0.32 / 0.04**2, "N/m")
q(E, "A bungee cord stretched 15 m stores 22.5 kJ of elastic energy. What is its stiffness in N/m?", 2 * 22500 / 15**2, "N/m")
q(E, "When a spring is extended by 50 mm it stores 0.25 J. What is its force constant?", 2 * 0.25 / 0.05**2, "N/m")

# --- the force from a power: F = P / v
q(E, "A car engine delivers 45 kW while the car moves at a constant 25 m/s. What is the driving force?", 45e3 / 25, "N")
q(E, "A cyclist produces 300 W of power while riding at 10 m/s. What force does she exert?", 300 / 10, "N")
q(E, "A locomotive develops a power of 2 MW at a steady 72 km/h. Find the tractive force.", 2e6 / 20, "N")
q(E, "An electric motor lifts a load at a constant speed of 0.5 m/s using 1.2 kW of power. What force does the motor exert on the load?", 1200 / 0.5, "N")
q(E, "A boat's engine outputs 60 kW at a steady cruising speed of 36 km/h. What is the resistive force of the water on the boat?", 60e3 / 10, "N")
q(E, "A pump does work at a rate of 750 W to push water through a pipe at 1.5 m/s. What force does it exert on the water?", 750 / 1.5, "N")
q(E, "A child pulls a sled at a steady 2 m/s with a rope at 30° to the horizontal, delivering 150 W. What is the tension in the rope?", 150 / (2 * math.cos(math.radians(30))), "N")

# --- the speed from a power: v = P / F
q(E, "A motor with a power output of 1.5 kW pulls a crate with a force of 500 N. How fast does the crate move?", 1500 / 500, "m/s")
q(E, "A car's engine produces 36 kW and the driving force is 1.2 kN. What is the car's speed in km/h?", 36e3 / 1200 * 3.6, "km/h")
q(E, "A horse pulls a cart with a force of 800 N and develops 2.4 kW. At what speed does the cart move?", 2400 / 800, "m/s")
q(E, "A winch rated at 12 kW pulls a lift up with a force of 8 kN. What is the lift's speed?", 12e3 / 8e3, "m/s")

# --- the mass from a moment of inertia
q(A, "A solid disk of radius 0.3 m has a moment of inertia of 0.9 kg m^2. What is its mass?", 0.9 / (0.5 * 0.3**2), "kg")
q(A, "A thin hoop of radius 40 cm has a moment of inertia of 0.48 kg m^2 about its centre. Find its mass.", 0.48 / 0.4**2, "kg")
q(A, "A solid sphere of radius 10 cm has a moment of inertia of 0.008 kg·m². What is the mass of the sphere?", 0.008 / (0.4 * 0.1**2), "kg")
q(A, "A uniform rod 1.2 m long has a moment of inertia of 0.36 kg m^2 about its centre. What is its mass?", 0.36 * 12 / 1.2**2, "kg")
q(A, "A uniform rod of length 2 m rotates about one end and has a rotational inertia of 4 kg m^2. Calculate its mass.", 4 * 3 / 2**2, "kg")

# --- a size from a moment of inertia
q(A, "A 5 kg solid cylinder has a moment of inertia of 0.1 kg m^2. What is its radius?", math.sqrt(2 * 0.1 / 5), "m")
q(A, "A 2 kg ring has a moment of inertia of 0.18 kg m^2. What is its radius in cm?", math.sqrt(0.18 / 2) * 100, "cm")
q(A, "A flywheel in the shape of a uniform disc has a mass of 80 kg and a moment of inertia of 10 kg m^2. What is its diameter?", 2 * math.sqrt(2 * 10 / 80), "m")
q(A, "A hollow sphere of mass 0.6 kg has a moment of inertia of 0.004 kg m^2. Find its radius.", math.sqrt(1.5 * 0.004 / 0.6), "m")
q(A, "What is the length of a uniform 1.5 kg rod whose moment of inertia about its centre is 0.5 kg m^2?", math.sqrt(12 * 0.5 / 1.5), "m")

# ================================ the second set, after the rules =================================
writing_second = True

q(E, "A 1.2 kg flower pot sits on a window ledge. Its gravitational potential energy relative to the street is 141 J. How high is the ledge above the street?", 141 / (1.2 * g), "m")
q(E, "Lifting a suitcase onto a luggage rack increases its potential energy by 180 J. If the suitcase has a mass of 15 kg, how high is the rack?", 180 / (15 * g), "m")
q(E, "What height must a 60 kg student climb to gain 3 kJ of gravitational potential energy?", 3000 / (60 * g), "m")
q(E, "A 0.5 kg ball at the top of a cliff has 2450 J of potential energy relative to the beach below. How tall is the cliff?", 2450 / (0.5 * g), "m")
q(E, "An elevator raises a 750 kg load, doing 88.3 kJ of work against gravity. Through what height is the load raised?", 88300 / (750 * g), "m")
q(E, "A skier at the top of a slope has 45 kJ of gravitational potential energy relative to the bottom, which is 60 m lower. What is the skier's mass?", 45000 / (g * 60), "kg")
q(E, "On Mars, a rover gains 6.68 kJ of potential energy when it is lifted 2 m. What is its mass?", 6680 / (g_mars * 2), "kg")
q(E, "A 500 g book gains 7.4 J of potential energy when moved from the floor to a shelf. What is the height of the shelf in cm?", 7.4 / (0.5 * g) * 100, "cm")
q(E, "A 0.4 kg ball is thrown upward at 12 m/s. At its highest point its gravitational potential energy is 28.8 J. How high does it rise?", 28.8 / (0.4 * g), "m")
q(E, "A 2 kg block slides down a frictionless ramp, losing 58.9 J of gravitational potential energy. Through what vertical height did it descend?", 58.9 / (2 * g), "m")
q(E, "A 2 kg ball is dropped and has 60 J of kinetic energy just before hitting the ground. From what height was it dropped?", 60 / (2 * g), "m")
q(E, "A spring in a pinball machine has a spring constant of 120 N/m. How far must it be pulled back to store 0.15 J of energy?", math.sqrt(2 * 0.15 / 120), "m")
q(E, "An archer's bow acts like a spring of constant 800 N/m. If 40 J is stored in the bow when it is drawn, how far is the string pulled back?", math.sqrt(2 * 40 / 800), "m")
q(E, "A spring stores 0.9 J of elastic energy when compressed by 6 cm. What is the spring constant in kN/m?", 2 * 0.9 / 0.06**2 / 1000, "kN/m")
q(E, "A 300 N/m spring holds 1.35 J of elastic potential energy. What is its extension in millimetres?", math.sqrt(2 * 1.35 / 300) * 1000, "mm")
q(E, "What compression of a 2000 N/m car-suspension spring stores 25 J?", math.sqrt(2 * 25 / 2000), "m")
q(E, "The elastic potential energy in a stretched rubber band is 0.2 J when it is stretched by 8 cm. Calculate its stiffness.", 2 * 0.2 / 0.08**2, "N/m")
q(E, "A spring (k = 200 N/m) launches a 0.1 kg ball horizontally at 3 m/s. How far was the spring compressed?", 3 * math.sqrt(0.1 / 200), "m")
q(E, "A truck's engine provides 150 kW of power when the truck travels at a constant 90 km/h. Calculate the total resistive force on the truck.", 150e3 / 25, "N")
q(E, "An elevator motor delivers 18 kW while raising the elevator at 2.5 m/s. What upward force does the cable exert?", 18e3 / 2.5, "N")
q(E, "A swimmer moving at 1.8 m/s works against a drag force while producing 90 W of useful power. What is the drag force?", 90 / 1.8, "N")
q(E, "How fast can a 1 kW motor raise a load if it exerts a force of 250 N?", 1000 / 250, "m/s")
q(E, "A tractor pulls a plough with a force of 12 kN using 30 kW. What is its speed in km/h?", 30e3 / 12e3 * 3.6, "km/h")
q(E, "A cyclist's legs provide 250 W and the resistive forces total 20 N. What is the cyclist's top speed?", 250 / 20, "m/s")
q(E, "A crane motor has an output power of 24 kW. At what steady speed can it lift a load of weight 16 kN?", 24e3 / 16e3, "m/s")
q(E, "A 1500 kg car accelerates at 2 m/s^2 while its engine delivers 60 kW at the instant its speed is 15 m/s. What is the driving force?", 60e3 / 15, "N")
q(A, "A uniform solid disc has a radius of 25 cm and a moment of inertia of 0.125 kg m². Calculate the mass of the disc.", 0.125 / (0.5 * 0.25**2), "kg")
q(A, "A bicycle wheel, modelled as a thin ring of radius 0.35 m, has a moment of inertia of 0.147 kg m^2. What is the mass of the wheel?", 0.147 / 0.35**2, "kg")
q(A, "A 12 kg solid sphere has a rotational inertia of 0.192 kg m². Find its diameter.", 2 * math.sqrt(0.192 / (0.4 * 12)), "m")
q(A, "A 4 kg uniform rod pivoted at one end has a moment of inertia of 1.08 kg m². How long is the rod?", math.sqrt(3 * 1.08 / 4), "m")
q(A, "A merry-go-round can be treated as a uniform disk of mass 200 kg with a moment of inertia of 400 kg m². What is its radius?", math.sqrt(2 * 400 / 200), "m")
q(A, "A thin-walled pipe of mass 3 kg has a moment of inertia of 0.027 kg m^2 about its axis. What is its radius in cm?", math.sqrt(0.027 / 3) * 100, "cm")
q(A, "A solid cylinder of mass 8 kg spins at 300 rpm and has a moment of inertia of 0.36 kg m^2. What is its radius?", math.sqrt(2 * 0.36 / 8), "m")
q(A, "A hoop rolls along the ground at 3 m/s. Its moment of inertia is 0.5 kg m^2 and its radius is 0.5 m. What is its mass?", 0.5 / 0.5**2, "kg")


if __name__ == "__main__":
    for name, problems in (("inverse_tools.json", P), ("inverse_tools_2.json", SECOND)):
        print(name, Counter(p["topic"] for p in problems), len(problems))
        with open(f"{sys.argv[1]}/{name}", "w") as out:
            json.dump(problems, out, indent=1, ensure_ascii=False)
            out.write("\n")
