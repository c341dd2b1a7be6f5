# ruff: noqa: E501 - one question per line reads best
"""Questions that need a tool to solve backwards (data/inverse_tools.json, 45 questions): the height
or mass from a gravitational PE, the stretch or spring constant from a stored elastic energy, the
force or speed from a power (P = F v), the mass or a size from a moment of inertia. Written in
teachers' phrasings and units, with distractors, after the tools learned these modes and before the
tutor's rules for them; every answer computed here with the textbook formulas (g = 9.81 m/s^2, the
Moon's 1.62 m/s^2).

Regenerate with `python3 tests/agents_api/inverse_answers.py tests/agents_api/data/inverse_tools.json`."""

import json
import math
import sys
from collections import Counter

g = 9.81
g_moon = 1.62
P: list[dict] = []


def q(topic: str, question: str, value: float, unit: str) -> None:
    P.append({"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": 0.02})


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


if __name__ == "__main__":
    print(Counter(p["topic"] for p in P), len(P))
    with open(sys.argv[1], "w") as out:
        json.dump(P, out, indent=1, ensure_ascii=False)
        out.write("\n")
